package be.classeur.kernel.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumbersTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            0470123456        | +32 470 12 34 56
            0470 12 34 56     | +32 470 12 34 56
            0470/12.34.56     | +32 470 12 34 56
            0498 76 54 32     | +32 498 76 54 32
            +32 470 12 34 56  | +32 470 12 34 56
            0032470123456     | +32 470 12 34 56
            """)
    void belgianMobilesInNationalFormAreValidAndNormalisedToInternationalForm(String typed, String stored) {
        assertThat(PhoneNumbers.isValid(typed)).isTrue();
        assertThat(PhoneNumbers.normalise(typed)).isEqualTo(stored);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            02 512 34 56      | +32 2 512 34 56
            025123456         | +32 2 512 34 56
            010 12 34 56      | +32 10 12 34 56
            081 22 33 44      | +32 81 22 33 44
            """)
    void belgianLandlinesAreValidAndNormalised(String typed, String stored) {
        assertThat(PhoneNumbers.isValid(typed)).isTrue();
        assertThat(PhoneNumbers.normalise(typed)).isEqualTo(stored);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            +33 6 12 34 56 78   | +33 6 12 34 56 78
            +33612345678        | +33 6 12 34 56 78
            0033 6 12 34 56 78  | +33 6 12 34 56 78
            +31 6 12345678      | +31 6 12345678
            +352 621 123 456    | +352 621 123 456
            """)
    void internationalNumbersAreValidAndKeepTheirCountry(String typed, String stored) {
        assertThat(PhoneNumbers.isValid(typed)).isTrue();
        assertThat(PhoneNumbers.normalise(typed)).isEqualTo(stored);
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "call me", "12", "0470", "0470 12", "0470 12 34", "047012345678901", "+33 6 12", "+999 123 456",
            // Brussels numbers do not start with 021: possible in length, but not an allocated range
            "02 123 45 67"})
    void garbageAndTooShortOrTooLongNumbersAreInvalid(String typed) {
        assertThat(PhoneNumbers.isValid(typed)).isFalse();
    }

    @Test
    void anInvalidNumberIsReturnedUnchangedApartFromSurroundingSpaces() {
        assertThat(PhoneNumbers.normalise("  0470 12  ")).isEqualTo("0470 12");
        assertThat(PhoneNumbers.normalise("abc")).isEqualTo("abc");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\t"})
    void blankIsNotANumberButNormalisesToNull(String typed) {
        assertThat(PhoneNumbers.isValid(typed)).isFalse();
        assertThat(PhoneNumbers.normalise(typed)).isNull();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void thePhoneConstraintAllowsAnEmptyField(String typed) {
        assertThat(new PhoneValidator().isValid(typed, null)).isTrue();
    }

    @Test
    void thePhoneConstraintAcceptsValidNumbersAndRefusesGarbage() {
        PhoneValidator validator = new PhoneValidator();
        assertThat(validator.isValid("0470 12 34 56", null)).isTrue();
        assertThat(validator.isValid("+33 6 12 34 56 78", null)).isTrue();
        assertThat(validator.isValid("abc", null)).isFalse();
        assertThat(validator.isValid("0470 12", null)).isFalse();
    }
}
