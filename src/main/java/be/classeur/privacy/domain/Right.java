package be.classeur.privacy.domain;

import be.classeur.kernel.Labelled;
import org.springframework.modulith.NamedInterface;

/** The data-protection rights a request may invoke, with the GDPR article that grants each. */
@NamedInterface("domain")
public enum Right implements Labelled {
    ACCESS("15"), RECTIFICATION("16"), ERASURE("17"), RESTRICTION("18"), PORTABILITY("20"), OBJECTION("21"),
    CONSENT_WITHDRAWAL("7(3)");

    private final String article;

    Right(String article) {
        this.article = article;
    }

    /** The GDPR article, e.g. "15" or "7(3)". */
    public String article() {
        return article;
    }

    @Override
    public String labelKey() {
        return "privacy.right." + name();
    }
}
