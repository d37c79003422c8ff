package be.classeur.consent;

import be.classeur.consent.domain.ConsentChannel;
import be.classeur.consent.domain.ConsentGiver;
import be.classeur.consent.domain.ConsentStatus;
import be.classeur.kernel.DataSubjectRef;
import be.classeur.people.domain.Relationship;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** One record of the ledger as pages show it; {@code guardianName} names the parent or guardian who chose, if any. */
public record ConsentEntry(long id, DataSubjectRef person, String purpose, ConsentStatus status, LocalDate when,
                           Instant recordedAt, ConsentChannel channel, @Nullable Long requestId, String policyVersion,
                           String recordedBy, @Nullable String evidenceNote, ConsentGiver givenBy,
                           @Nullable Long guardianId, @Nullable String guardianName,
                           @Nullable Relationship guardianRelationship) {

    /** The translation key of the purpose's name. */
    public String purposeKey() {
        return "privacy.processing.purpose." + purpose;
    }
}
