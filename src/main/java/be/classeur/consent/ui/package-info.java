/** The consent ledger's screens: the section on each person's page and the per-purpose consents page. */
@org.jspecify.annotations.NullMarked
package be.classeur.consent.ui;
