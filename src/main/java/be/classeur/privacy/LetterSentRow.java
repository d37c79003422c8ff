package be.classeur.privacy;

import be.classeur.privacy.domain.LetterKind;
import be.classeur.privacy.domain.RequestChannel;
import java.time.LocalDate;

/** A letter recorded as sent to the requester. */
public record LetterSentRow(Long id, long requestId, LetterKind kind, String language, LocalDate sentOn, String sentBy,
                            RequestChannel channel) {
}
