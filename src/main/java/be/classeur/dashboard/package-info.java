/**
 * The privacy officer's dashboard: figures read from the count APIs of the modules that own the data (privacy,
 * retention, consent, audit, people). Owns no data.
 */
@org.jspecify.annotations.NullMarked
package be.classeur.dashboard;
