/** The retention pages: the rules, and the "Conservation" section of a person's page. */
@org.jspecify.annotations.NullMarked
package be.classeur.retention.ui;
