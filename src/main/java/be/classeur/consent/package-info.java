/**
 * Consent: the purposes of processing, the append-only consent ledger per person and purpose (minors included), who
 * may receive news about activities, and the suppression list of erased people's contact details.
 */
@org.jspecify.annotations.NullMarked
package be.classeur.consent;
