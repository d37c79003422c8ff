package be.classeur.people;

import java.text.Collator;
import java.util.Comparator;
import java.util.Locale;
import java.util.function.Function;

/**
 * The order people are listed in when several modules' data is put side by side: last name, then first name,
 * accent-aware (SECONDARY: "Émile" right after "Emile", case ignored), as the database's unicode_ci collation orders
 * them. Done in Java so that H2 and MariaDB agree, and so that no other module sorts by people's fields.
 */
final class PersonNameOrder {
    private PersonNameOrder() {
    }

    static <T> Comparator<T> byName(Function<T, String> lastName, Function<T, String> firstName) {
        Collator collator = Collator.getInstance(Locale.FRENCH);
        collator.setStrength(Collator.SECONDARY);
        return Comparator.comparing(lastName, collator).thenComparing(firstName, collator);
    }
}
