/**
 * The morning alerts: every morning the privacy officers get in-app notices, and an e-mail digest when SMTP is
 * configured, of what waits for them (overdue and due requests, unsent extension notices, old identity copies, the
 * purge queue). Counts only, read from the modules that own the data; owns no data of its own.
 */
@org.jspecify.annotations.NullMarked
package be.classeur.alerts;
