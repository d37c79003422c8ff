/** The dashboard's page. */
@org.jspecify.annotations.NullMarked
package be.classeur.dashboard.ui;
