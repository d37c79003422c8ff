package be.classeur.kernel.validation;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.Optional;

/**
 * Phone numbers through libphonenumber: numbers without a country prefix are read as Belgian.
 * Stored numbers are in international format so that search and de-duplication see one spelling.
 */
public final class PhoneNumbers {
    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
    private static final String DEFAULT_REGION = "BE";

    private PhoneNumbers() {
    }

    public static boolean isValid(String text) {
        return parse(text).map(UTIL::isValidNumber).orElse(false);
    }

    /** "0470123456" becomes "+32 470 12 34 56"; an invalid number is returned unchanged. */
    public static String normalise(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return parse(text).filter(UTIL::isValidNumber)
                .map(number -> UTIL.format(number, PhoneNumberFormat.INTERNATIONAL))
                .orElse(text.strip());
    }

    /** A valid number in E.164 form ("0470 12 34 56" and "+32 470 123456" both give "+32470123456"); empty otherwise. */
    public static Optional<String> e164(String text) {
        return parse(text).filter(UTIL::isValidNumber).map(number -> UTIL.format(number, PhoneNumberFormat.E164));
    }

    private static Optional<PhoneNumber> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(UTIL.parse(text.strip(), DEFAULT_REGION));
        } catch (NumberParseException e) {
            return Optional.empty();
        }
    }
}
