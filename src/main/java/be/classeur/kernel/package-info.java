/**
 * Values and rules shared by every module: school years, person references, contact validation,
 * audit event types, time. Knows no feature module.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
@org.jspecify.annotations.NullMarked
package be.classeur.kernel;
