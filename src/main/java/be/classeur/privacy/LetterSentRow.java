package be.classeur.privacy;

import be.classeur.privacy.domain.LetterKind;
import be.classeur.privacy.domain.RequestChannel;
import java.time.LocalDate;
import java.time.Instant;

/** A letter recorded as sent to the requester: the date it was sent, as stated, and when that was recorded. */
public record LetterSentRow(Long id, long requestId, LetterKind kind, String language, LocalDate sentOn, String sentBy,
                            RequestChannel channel, Instant recordedAt) {
}
