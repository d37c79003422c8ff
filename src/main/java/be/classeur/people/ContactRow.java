package be.classeur.people;

import be.classeur.people.domain.ContactEvent;
import be.classeur.people.domain.ContactKind;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** One line of a person's contact history, as the grid shows it. */
public record ContactRow(long id, LocalDate occurredOn, ContactKind kind, @Nullable String note, String recordedBy) {
    static ContactRow of(ContactEvent event) {
        return new ContactRow(event.getId(), event.getOccurredOn(), event.getKind(), event.getNote(), event.getRecordedBy());
    }
}
