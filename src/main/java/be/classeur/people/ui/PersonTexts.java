package be.classeur.people.ui;

import be.classeur.people.domain.Person;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** How a person's data reads on screen. */
final class PersonTexts {
    private PersonTexts() {
    }

    static String address(Person person) {
        String locality = Stream.of(person.getPostalCode(), person.getCity()).filter(Objects::nonNull).collect(Collectors.joining(" "));
        return Stream.of(person.getStreet(), locality.isBlank() ? null : locality,
                        person.getCountry() == null || "BE".equals(person.getCountry()) ? null : person.getCountry())
                .filter(Objects::nonNull).collect(Collectors.joining(", "));
    }
}
