/**
 * The shell: main layout and navigation, i18n, error handling, and components the feature views share.
 * It imports no feature module; navigation comes from {@code @Menu} entries.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
@org.jspecify.annotations.NullMarked
package be.classeur.ui;
