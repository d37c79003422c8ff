package be.classeur.kernel;

import java.util.Objects;

/** A reference to one data subject (pupil, guardian or trainer) that any module may hold without depending on people. */
public record DataSubjectRef(PersonKind kind, long id) {
    public DataSubjectRef {
        Objects.requireNonNull(kind, "kind");
    }

    public static DataSubjectRef pupil(long id) {
        return new DataSubjectRef(PersonKind.PUPIL, id);
    }

    public static DataSubjectRef guardian(long id) {
        return new DataSubjectRef(PersonKind.GUARDIAN, id);
    }

    public static DataSubjectRef trainer(long id) {
        return new DataSubjectRef(PersonKind.TRAINER, id);
    }
}
