package be.classeur.consent;

import be.classeur.consent.domain.ConsentChannel;
import be.classeur.consent.domain.ConsentStatus;
import be.classeur.kernel.DataSubjectRef;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A choice to record in the ledger: who it is about, for which purpose (a code of the processing register), what,
 * on which day, through which channel (a rights request names its number), under which policy version, an evidence
 * note, and for a pupil who chose: {@code guardianId} null for the pupil themself, or the parent or legal guardian.
 */
public record ConsentChoice(DataSubjectRef person, String purpose, ConsentStatus status, LocalDate when,
                            ConsentChannel channel, @Nullable Long requestId, String policyVersion,
                            @Nullable String evidenceNote, @Nullable Long guardianId) {
}
