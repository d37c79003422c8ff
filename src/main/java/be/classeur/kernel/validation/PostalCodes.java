package be.classeur.kernel.validation;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** Postal codes per country: Belgium has four digits from 1000 to 9999; neighbours have their own forms. */
public final class PostalCodes {
    private static final Map<String, Pattern> BY_COUNTRY = Map.of(
            "BE", Pattern.compile("[1-9]\\d{3}"),
            "FR", Pattern.compile("\\d{5}"),
            "NL", Pattern.compile("[1-9]\\d{3} ?[A-Z]{2}"),
            "LU", Pattern.compile("(L-)?\\d{4}"),
            "DE", Pattern.compile("\\d{5}"));
    private static final Pattern OTHER = Pattern.compile("[A-Z0-9][A-Z0-9 -]{1,9}");

    private PostalCodes() {
    }

    /** Empty is valid (the field is optional); otherwise the code must match the country's format (Belgium when unknown). */
    public static boolean isValid(String country, String code) {
        if (code == null || code.isBlank()) {
            return true;
        }
        String normalisedCountry = country == null || country.isBlank() ? "BE" : country.toUpperCase(Locale.ROOT);
        String normalisedCode = code.strip().toUpperCase(Locale.ROOT);
        return BY_COUNTRY.getOrDefault(normalisedCountry, OTHER).matcher(normalisedCode).matches();
    }
}
