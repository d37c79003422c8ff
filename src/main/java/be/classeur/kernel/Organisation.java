package be.classeur.kernel;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The organisation as its letters and the access reply name it ({@code classeur.organisation.*}): the controller's
 * name, postal address and privacy e-mail, the town that dates its letters, and the supervisory authority a person
 * may complain to. One place for facts the law requires in every reply (GDPR arts. 13–15, 77), so that the templates
 * carry none of them. Shared by the modules through the kernel; the defaults are in {@code application.properties}.
 * A missing or malformed value stops the start-up rather than printing a wrong letterhead.
 *
 * @param name         the controller, as it signs, e.g. "asbl Cours en Plus"
 * @param address      its postal address on one line
 * @param city         the town in "Genval, le 01/12/2026"
 * @param privacyEmail where people exercise their rights
 * @param authority    the supervisory authority (in Belgium the Autorité de protection des données)
 */
@Validated
@ConfigurationProperties("classeur.organisation")
public record Organisation(@NotBlank String name, @NotBlank String address, @NotBlank String city,
                           @NotBlank @Email String privacyEmail, @NotNull @Valid Authority authority) {

    /**
     * The supervisory authority. Its official name and address differ by language (Brussels is bilingual), so they
     * are given per letter language ({@code fr}, {@code en}, {@code nl}); French is the fallback.
     */
    public record Authority(@NotEmpty Map<String, @NotBlank String> name, @NotEmpty Map<String, @NotBlank String> address,
                            @NotBlank @Email String email, @NotBlank String website) {

        public String name(String language) {
            return inLanguage(name, language);
        }

        public String address(String language) {
            return inLanguage(address, language);
        }

        private static String inLanguage(Map<String, String> values, String language) {
            String value = values.get(language);
            return value != null ? value : values.getOrDefault("fr", values.values().iterator().next());
        }
    }
}
