/** The privacy officer's audit-log page. */
@org.jspecify.annotations.NullMarked
package be.classeur.audit.ui;
