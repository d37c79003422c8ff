package be.classeur.people.domain;

import static org.assertj.core.api.Assertions.assertThat;

import be.classeur.kernel.SchoolYear;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Domain rules of a pupil, and plain Bean Validation bootstrapped from META-INF/validation.xml (as Vaadin's binder
 * does): messages come translated from the UI's French file, never as "{validation...}" templates.
 */
class PupilTest {
    private static final LocalDate BIRTH = LocalDate.of(2010, 3, 15);

    private static Locale previousLocale;
    private static ValidatorFactory factory;
    private static Validator validator;
    private static Properties french;

    @BeforeAll
    static void frenchValidator() throws IOException {
        previousLocale = Locale.getDefault();
        Locale.setDefault(Locale.FRENCH);
        factory = Validation.buildDefaultValidatorFactory();
        validator = factory.getValidator();
        french = new Properties();
        try (InputStream in = PupilTest.class.getResourceAsStream("/vaadin-i18n/translations_fr.properties");
             Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            french.load(reader);
        }
    }

    @AfterAll
    static void restoreLocale() {
        factory.close();
        Locale.setDefault(previousLocale);
    }

    private static Pupil bornOn(LocalDate birthDate) {
        Pupil pupil = new Pupil();
        pupil.setBirthDate(birthDate);
        return pupil;
    }

    // --- majority

    @Test
    void theDayBeforeTheEighteenthBirthdayTheyAreStillAMinor() {
        // 17 years and 364 days
        assertThat(bornOn(BIRTH).isMinorOn(LocalDate.of(2028, 3, 14))).isTrue();
    }

    @Test
    void onTheEighteenthBirthdayTheyAreAnAdult() {
        assertThat(bornOn(BIRTH).isMinorOn(LocalDate.of(2028, 3, 15))).isFalse();
        assertThat(bornOn(BIRTH).isMinorOn(LocalDate.of(2028, 3, 16))).isFalse();
    }

    @Test
    void aChildIsAMinor() {
        assertThat(bornOn(BIRTH).isMinorOn(LocalDate.of(2020, 1, 1))).isTrue();
    }

    @Test
    void bornOnTheTwentyNinthOfFebruaryTheyAreAnAdultOnTheFirstOfMarch() {
        Pupil pupil = bornOn(LocalDate.of(2008, 2, 29));
        assertThat(pupil.isMinorOn(LocalDate.of(2026, 2, 27))).isTrue();
        assertThat(pupil.isMinorOn(LocalDate.of(2026, 3, 1))).isFalse();
    }

    @ParameterizedTest
    @EnumSource(value = SchoolYear.class, names = {"HIGHER", "ADULT"}, mode = EnumSource.Mode.EXCLUDE)
    void withoutABirthDateASchoolPupilIsNotPresumedMinorButKeepsARepresentativeOnFile(SchoolYear year) {
        Pupil pupil = new Pupil();
        pupil.setSchoolYear(year);
        assertThat(pupil.isMinorOn(LocalDate.of(2026, 11, 26))).isFalse();
        assertThat(Pupil.isAgeUnknown(pupil.getBirthDate())).isTrue();
        assertThat(pupil.needsRepresentativeOn(LocalDate.of(2026, 11, 26))).isTrue();
    }

    @Test
    void withoutBirthDateNorSchoolYearAPupilIsNotPresumedMinor() {
        assertThat(new Pupil().isMinorOn(LocalDate.of(2026, 11, 26))).isFalse();
        assertThat(new Pupil().needsRepresentativeOn(LocalDate.of(2026, 11, 26))).isTrue();
    }

    @ParameterizedTest
    @EnumSource(value = SchoolYear.class, names = {"HIGHER", "ADULT"})
    void withoutABirthDateHigherEducationAndAdultLearnersNeedNoRepresentative(SchoolYear year) {
        Pupil pupil = new Pupil();
        pupil.setSchoolYear(year);
        assertThat(pupil.isMinorOn(LocalDate.of(2026, 11, 26))).isFalse();
        assertThat(pupil.needsRepresentativeOn(LocalDate.of(2026, 11, 26))).isFalse();
    }

    @Test
    void theBirthDateWinsOverTheSchoolYear() {
        Pupil pupil = bornOn(LocalDate.of(2012, 5, 1));
        pupil.setSchoolYear(SchoolYear.ADULT);
        assertThat(pupil.isMinorOn(LocalDate.of(2026, 11, 26))).isTrue();
    }

    // --- last contact

    @Test
    void theFirstContactSetsTheDate() {
        Pupil pupil = new Pupil();
        pupil.recordContactOn(LocalDate.of(2026, 5, 10));
        assertThat(pupil.getLastContactDate()).isEqualTo(LocalDate.of(2026, 5, 10));
    }

    @Test
    void aLaterContactMovesTheDateForward() {
        Pupil pupil = new Pupil();
        pupil.recordContactOn(LocalDate.of(2026, 5, 10));
        pupil.recordContactOn(LocalDate.of(2026, 6, 1));
        assertThat(pupil.getLastContactDate()).isEqualTo(LocalDate.of(2026, 6, 1));
    }

    @Test
    void anOlderContactDoesNotMoveTheDateBack() {
        Pupil pupil = new Pupil();
        pupil.recordContactOn(LocalDate.of(2026, 6, 1));
        pupil.recordContactOn(LocalDate.of(2025, 1, 1));
        assertThat(pupil.getLastContactDate()).isEqualTo(LocalDate.of(2026, 6, 1));
    }

    @Test
    void aContactOnTheSameDayKeepsTheDate() {
        Pupil pupil = new Pupil();
        pupil.recordContactOn(LocalDate.of(2026, 6, 1));
        pupil.recordContactOn(LocalDate.of(2026, 6, 1));
        assertThat(pupil.getLastContactDate()).isEqualTo(LocalDate.of(2026, 6, 1));
    }

    // --- Bean Validation

    private static Pupil valid() {
        Pupil pupil = new Pupil();
        pupil.setFirstName("Léa");
        pupil.setLastName("Dubois");
        pupil.setBirthDate(LocalDate.now().minusYears(12));
        pupil.setEmail("lea.dubois@exemple.be");
        pupil.setPhone("0470 12 34 56");
        pupil.setPostalCode("1348");
        pupil.setCity("Louvain-la-Neuve");
        return pupil;
    }

    private static ConstraintViolation<Pupil> onlyViolation(Pupil pupil, String property) {
        Set<ConstraintViolation<Pupil>> violations = validator.validate(pupil);
        assertThat(violations).hasSize(1);
        ConstraintViolation<Pupil> violation = violations.iterator().next();
        assertThat(violation.getPropertyPath()).hasToString(property);
        assertThat(violation.getMessage()).doesNotContain("{").doesNotContain("}");
        return violation;
    }

    private static String translation(String key) {
        assertThat(french.getProperty(key)).as("French translation of %s", key).isNotBlank();
        return french.getProperty(key);
    }

    @Test
    void aCompletePupilIsValid() {
        assertThat(validator.validate(valid())).isEmpty();
    }

    @Test
    void aBirthDateInTheFutureIsRefusedInFrench() {
        Pupil pupil = valid();
        pupil.setBirthDate(LocalDate.now().plusDays(1));

        ConstraintViolation<Pupil> violation = onlyViolation(pupil, "birthDate");

        assertThat(violation.getMessage())
                .isEqualTo(translation("validation.birthDate.future"))
                .isEqualTo("La date de naissance ne peut pas être dans le futur");
    }

    @Test
    void todayIsAnAcceptableBirthDate() {
        Pupil pupil = valid();
        pupil.setBirthDate(LocalDate.now());
        assertThat(validator.validate(pupil)).isEmpty();
    }

    @Test
    void aBlankFirstNameIsRefusedInFrench() {
        Pupil pupil = valid();
        pupil.setFirstName("   ");

        ConstraintViolation<Pupil> violation = onlyViolation(pupil, "firstName");

        assertThat(violation.getMessage()).isEqualTo(translation("validation.required"));
    }

    @Test
    void aMalformedEmailIsRefusedInFrench() {
        for (String email : new String[] {"lea.dubois@", "lea.dubois", "lea@exemple", "lea dubois@exemple.be"}) {
            Pupil pupil = valid();
            pupil.setEmail(email);

            ConstraintViolation<Pupil> violation = onlyViolation(pupil, "email");

            assertThat(violation.getMessage()).as(email).isEqualTo(translation("validation.email"));
        }
    }

    @Test
    void aThreeDigitBelgianPostalCodeIsRefusedInFrench() {
        Pupil pupil = valid();
        pupil.setPostalCode("123");

        ConstraintViolation<Pupil> violation = onlyViolation(pupil, "postalCodeValidForCountry");

        assertThat(violation.getMessage()).isEqualTo(translation("validation.postalCode")).startsWith("Code postal invalide");
    }

    @Test
    void thePostalCodeRuleFollowsTheCountry() {
        Pupil pupil = valid();
        pupil.setCountry("FR");
        pupil.setPostalCode("75001");
        assertThat(validator.validate(pupil)).isEmpty();

        pupil.setCountry("BE");
        onlyViolation(pupil, "postalCodeValidForCountry");
    }

    @Test
    void anInvalidPhoneIsRefusedInFrench() {
        Pupil pupil = valid();
        pupil.setPhone("0470 12");

        ConstraintViolation<Pupil> violation = onlyViolation(pupil, "phone");

        assertThat(violation.getMessage()).isEqualTo(translation("validation.phone"));
    }

    @Test
    void aTooLongNameGivesTheMaximumInTheMessage() {
        Pupil pupil = valid();
        pupil.setLastName("x".repeat(81));

        ConstraintViolation<Pupil> violation = onlyViolation(pupil, "lastName");

        assertThat(violation.getMessage()).isEqualTo(translation("validation.size").replace("{max}", "80"));
    }
}
