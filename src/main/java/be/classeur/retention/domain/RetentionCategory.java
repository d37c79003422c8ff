package be.classeur.retention.domain;

import be.classeur.kernel.Labelled;
import be.classeur.kernel.PersonKind;
import org.jspecify.annotations.Nullable;

/** The data categories a retention rule applies to; the first three are people and carry a retention date each. */
public enum RetentionCategory implements Labelled {
    PUPIL(PersonKind.PUPIL), GUARDIAN(PersonKind.GUARDIAN), TRAINER(PersonKind.TRAINER), CLOSED_REQUEST(null),
    AUDIT_EVENT(null), ACCOUNTING(null);

    private final @Nullable PersonKind person;

    RetentionCategory(@Nullable PersonKind person) {
        this.person = person;
    }

    /** The kind of person the category's dates are about, or null for a category of records. */
    public @Nullable PersonKind personKind() {
        return person;
    }

    public static RetentionCategory of(PersonKind kind) {
        return switch (kind) {
            case PUPIL -> PUPIL;
            case GUARDIAN -> GUARDIAN;
            case TRAINER -> TRAINER;
        };
    }

    @Override
    public String labelKey() {
        return "retention.category." + name();
    }
}
