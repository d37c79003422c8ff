package be.classeur.privacy.domain;

import be.classeur.kernel.Labelled;
import org.springframework.modulith.NamedInterface;

/**
 * The letters a rights request may need (GDPR art. 12). Each has a subject and a body template per language.
 * RESTRICTION_LIFTED tells the person before a restriction of processing is lifted (art. 18(3)).
 */
@NamedInterface("domain")
public enum LetterKind implements Labelled {
    ACKNOWLEDGEMENT, EXTENSION, IDENTITY_PROOF, COMPLETION, REFUSAL, RESTRICTION_LIFTED;

    @Override
    public String labelKey() {
        return "privacy.letter.kind." + name();
    }

    /** Whether this letter is the reply to the request (art. 12(3)–(4)): the completion or the reasoned refusal. */
    public boolean isReply() {
        return this == COMPLETION || this == REFUSAL;
    }

    /** Key prefix of the template: privacy.letter.&lt;kind&gt;.subject / .body. */
    public String templateKey() {
        return switch (this) {
            case ACKNOWLEDGEMENT -> "privacy.letter.acknowledgement";
            case EXTENSION -> "privacy.letter.extension";
            case IDENTITY_PROOF -> "privacy.letter.identityProof";
            case COMPLETION -> "privacy.letter.completion";
            case REFUSAL -> "privacy.letter.refusal";
            case RESTRICTION_LIFTED -> "privacy.letter.restrictionLifted";
        };
    }
}
