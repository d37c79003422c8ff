package be.classeur.privacy;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

import be.classeur.privacy.domain.LetterKind;

/**
 * A generated letter: its subject and body in one language, before the officer edits it. {@code text} is both.
 * {@code latePromise} is the date the letter would have promised a reply by when that date is already past (the text
 * then says so and apologises, instead of promising it); null when the letter promises no date or one still ahead.
 */
public record Letter(long requestId, LetterKind kind, String language, String subject, String body, String text,
                     @Nullable LocalDate latePromise) {
    /** Whether the promised date is already past: the page warns the officer. */
    public boolean promiseLate() {
        return latePromise != null;
    }
}
