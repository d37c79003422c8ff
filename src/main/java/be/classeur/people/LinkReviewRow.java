package be.classeur.people;

import be.classeur.people.domain.Relationship;
import java.time.LocalDate;

/**
 * A pupil–guardian link that the migration to "representative or contact" could not classify (an old "other" link):
 * contact only until an administrator says what it is. {@code pupilHasRepresentative} tells whether the pupil has a
 * parent or legal guardian on file besides it.
 */
public record LinkReviewRow(long linkId, long pupilId, String pupilName, LocalDate pupilBirthDate, long guardianId,
                            String guardianName, Relationship relationship, boolean pupilHasRepresentative) {
}
