package be.classeur.privacy;

import be.classeur.kernel.DataSubjectRef;
import be.classeur.privacy.domain.SubjectRole;
import java.time.Instant;

/** One person a request covers, as the request holds it: who, in which role, and whether the match is confirmed. */
public record CoveredSubject(long subjectId, DataSubjectRef ref, SubjectRole role, Instant matchConfirmedAt,
                             String matchConfirmedBy) {
    public boolean confirmed() {
        return matchConfirmedAt != null;
    }
}
