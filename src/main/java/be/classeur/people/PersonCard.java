package be.classeur.people;

import be.classeur.people.domain.Person;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What every person's detail page shows about them, whatever kind they are: identity, contact, state (archived,
 * restricted, erased). Copied from the entity inside the service's transaction, so the page reads nothing lazily.
 */
public record PersonCard(long id, long version, String firstName, String lastName, @Nullable String email,
                         @Nullable String phone, @Nullable String street, @Nullable String postalCode,
                         @Nullable String city, @Nullable String country, @Nullable LocalDate lastContactDate,
                         @Nullable String notes, boolean archived, @Nullable Instant archivedAt, boolean restricted,
                         @Nullable Instant anonymisedAt,
                         @Nullable Instant createdAt, @Nullable Instant updatedAt) {

    static PersonCard of(Person person) {
        return new PersonCard(person.getId(), person.getVersion(), person.getFirstName(), person.getLastName(),
                person.getEmail(), person.getPhone(), person.getStreet(), person.getPostalCode(), person.getCity(),
                person.getCountry(), person.getLastContactDate(), person.getNotes(), person.isArchived(),
                person.getArchivedAt(), person.isRestricted(), person.getAnonymisedAt(), person.getCreatedAt(), person.getUpdatedAt());
    }

    /** As {@link Person#fullName()}. */
    public String fullName() {
        return (firstName == null ? "" : firstName) + " " + (lastName == null ? "" : lastName);
    }

    public boolean anonymised() {
        return anonymisedAt != null;
    }
}
