package be.classeur.privacy;

import be.classeur.privacy.domain.LetterKind;

/** A generated letter: its subject and body in one language, before the officer edits it. {@code text} is both. */
public record Letter(long requestId, LetterKind kind, String language, String subject, String body, String text) {
}
