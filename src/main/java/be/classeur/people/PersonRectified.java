package be.classeur.people;

import be.classeur.kernel.DataSubjectRef;
import be.classeur.kernel.PersonKind;
import java.util.List;
import java.util.Map;

/**
 * A person's record was rectified (GDPR art. 16) for a rights request. Published inside the rectification's
 * transaction: a listener that refuses the link (unknown request, no rectification right) rolls the change back.
 *
 * @param changedFields the names of the fields that changed (never their values), e.g. {@code lastName}, {@code email}
 */
public record PersonRectified(DataSubjectRef subject, long requestId, List<String> changedFields) {
    private static final Map<String, String> LABEL_KEYS = Map.ofEntries(
            Map.entry("firstName", "people.field.firstName"),
            Map.entry("lastName", "people.field.lastName"),
            Map.entry("email", "people.field.email"),
            Map.entry("phone", "people.field.phone"),
            Map.entry("street", "people.field.street"),
            Map.entry("postalCode", "people.field.postalCode"),
            Map.entry("city", "people.field.city"),
            Map.entry("country", "people.field.country"),
            Map.entry("notes", "people.field.notes"),
            Map.entry("birthDate", "people.pupil.field.birthDate"),
            Map.entry("schoolYear", "people.pupil.field.schoolYear"),
            Map.entry("school", "people.pupil.field.school"),
            Map.entry("stage", "people.pupil.field.stage"),
            Map.entry("dataSource", "people.pupil.field.dataSource"),
            Map.entry("subjects", "people.pupil.field.subjects"),
            Map.entry("availability", "people.trainer.field.availability"),
            Map.entry("agreementSignedOn", "people.trainer.field.agreementSignedOn"));

    public PersonRectified {
        changedFields = List.copyOf(changedFields);
    }

    /** The translation key of each changed field's label, in the same order. */
    public List<String> changedFieldLabelKeys() {
        return changedFields.stream().map(field -> labelKey(subject.kind(), field)).toList();
    }

    /** The translation key of a field's label, as the forms show it. */
    public static String labelKey(PersonKind kind, String field) {
        if ("subjects".equals(field) && kind == PersonKind.TRAINER) {
            return "people.trainer.field.subjects";
        }
        return LABEL_KEYS.getOrDefault(field, "people.field." + field);
    }
}
