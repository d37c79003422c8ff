package be.classeur.kernel.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PostalCodesTest {

    @ParameterizedTest
    @ValueSource(strings = {"1000", "1348", "9999", " 1300 "})
    void belgianCodesFrom1000To9999AreValid(String code) {
        assertThat(PostalCodes.isValid("BE", code)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0999", "0000", "12345", "123", "abcd", "13 00", "B-1300"})
    void otherBelgianCodesAreRefused(String code) {
        assertThat(PostalCodes.isValid("BE", code)).isFalse();
    }

    @Test
    void withoutACountryBelgianRulesApply() {
        assertThat(PostalCodes.isValid(null, "1348")).isTrue();
        assertThat(PostalCodes.isValid("", "1348")).isTrue();
        assertThat(PostalCodes.isValid(null, "75001")).isFalse();
        assertThat(PostalCodes.isValid(" ", "0999")).isFalse();
    }

    @Test
    void theCountryCodeIsCaseInsensitive() {
        assertThat(PostalCodes.isValid("be", "1348")).isTrue();
        assertThat(PostalCodes.isValid("fr", "75001")).isTrue();
        assertThat(PostalCodes.isValid("be", "75001")).isFalse();
    }

    @Test
    void frenchCodesHaveFiveDigits() {
        assertThat(PostalCodes.isValid("FR", "75001")).isTrue();
        assertThat(PostalCodes.isValid("FR", "59000")).isTrue();
        assertThat(PostalCodes.isValid("FR", "7500")).isFalse();
        assertThat(PostalCodes.isValid("FR", "750011")).isFalse();
        assertThat(PostalCodes.isValid("FR", "7500A")).isFalse();
    }

    @Test
    void dutchCodesHaveFourDigitsAndTwoLetters() {
        assertThat(PostalCodes.isValid("NL", "1234 AB")).isTrue();
        assertThat(PostalCodes.isValid("NL", "1234AB")).isTrue();
        assertThat(PostalCodes.isValid("NL", "1234 ab")).isTrue();
        assertThat(PostalCodes.isValid("NL", "1234")).isFalse();
        assertThat(PostalCodes.isValid("NL", "0123 AB")).isFalse();
        assertThat(PostalCodes.isValid("NL", "1234 A1")).isFalse();
    }

    @Test
    void luxembourgAndGermanCodes() {
        assertThat(PostalCodes.isValid("LU", "1234")).isTrue();
        assertThat(PostalCodes.isValid("LU", "L-1234")).isTrue();
        assertThat(PostalCodes.isValid("LU", "12345")).isFalse();
        assertThat(PostalCodes.isValid("DE", "10115")).isTrue();
        assertThat(PostalCodes.isValid("DE", "1011")).isFalse();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  "})
    void anEmptyCodeIsValidForAnyCountry(String code) {
        assertThat(PostalCodes.isValid("BE", code)).isTrue();
        assertThat(PostalCodes.isValid("FR", code)).isTrue();
        assertThat(PostalCodes.isValid("NL", code)).isTrue();
        assertThat(PostalCodes.isValid("CH", code)).isTrue();
        assertThat(PostalCodes.isValid(null, code)).isTrue();
    }

    @Test
    void anUnknownCountryGetsTheGenericFormat() {
        assertThat(PostalCodes.isValid("CH", "8001")).isTrue();
        assertThat(PostalCodes.isValid("GB", "SW1A 1AA")).isTrue();
        assertThat(PostalCodes.isValid("US", "90210")).isTrue();
        assertThat(PostalCodes.isValid("CA", "K1A-0B1")).isTrue();
        // Belgian rules do not apply to another country: 0999 is a fine code elsewhere
        assertThat(PostalCodes.isValid("CH", "0999")).isTrue();
        assertThat(PostalCodes.isValid("CH", "!!")).isFalse();
        assertThat(PostalCodes.isValid("CH", "1")).isFalse();
        assertThat(PostalCodes.isValid("CH", "12345678901")).isFalse();
        assertThat(PostalCodes.isValid("US", "90210;DROP")).isFalse();
    }
}
