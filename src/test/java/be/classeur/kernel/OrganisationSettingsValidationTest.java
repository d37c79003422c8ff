package be.classeur.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** A blank or malformed organisation setting stops the start-up instead of printing a wrong letterhead. */
class OrganisationSettingsValidationTest {
    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withUserConfiguration(OrganisationConfiguration.class)
            .withPropertyValues(
                    "classeur.organisation.name=asbl Cours en Plus",
                    "classeur.organisation.address=rue de la Station 20, 1332 Genval",
                    "classeur.organisation.city=Genval",
                    "classeur.organisation.privacy-email=privacy@coursenplus.be",
                    "classeur.organisation.authority.name.fr=Autorité de protection des données",
                    "classeur.organisation.authority.name.nl=Gegevensbeschermingsautoriteit",
                    "classeur.organisation.authority.address.fr=rue de la Presse 35, 1000 Bruxelles",
                    "classeur.organisation.authority.email=contact@apd-gba.be",
                    "classeur.organisation.authority.website=www.autoriteprotectiondonnees.be");

    @Test
    void completeSettingsBindWithTheAuthorityInTheLetterLanguageAndFrenchAsFallback() {
        runner.run(context -> {
            assertThat(context).hasNotFailed();
            Organisation organisation = context.getBean(Organisation.class);
            assertThat(organisation.name()).isEqualTo("asbl Cours en Plus");
            assertThat(organisation.authority().name("nl")).isEqualTo("Gegevensbeschermingsautoriteit");
            assertThat(organisation.authority().name("en")).isEqualTo("Autorité de protection des données");
            assertThat(organisation.authority().address("nl")).isEqualTo("rue de la Presse 35, 1000 Bruxelles");
        });
    }

    @Test
    void aBlankNameOrAMalformedEmailStopsTheStart() {
        runner.withPropertyValues("classeur.organisation.name= ").run(context -> assertThat(context).hasFailed());
        runner.withPropertyValues("classeur.organisation.privacy-email=not an address")
                .run(context -> assertThat(context).hasFailed());
        runner.withPropertyValues("classeur.organisation.authority.email=").run(context -> assertThat(context).hasFailed());
    }
}
