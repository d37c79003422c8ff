package be.classeur.consent.ui;

import be.classeur.consent.ConsentLedger;
import be.classeur.kernel.DataSubjectRef;
import be.classeur.kernel.PersonKind;
import be.classeur.kernel.Roles;
import be.classeur.people.PersonPageSection;
import be.classeur.ui.components.CurrentUser;
import com.vaadin.flow.component.Component;
import java.time.Clock;
import java.util.Optional;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The consents section on every person's page (pupil, guardian, trainer), for administrators and the privacy officer. */
@Configuration(proxyBeanMethods = false)
class ConsentPageSections {

    @Bean
    PersonPageSection pupilConsents(ConsentLedger ledger, Clock clock) {
        return new Section(PersonKind.PUPIL, ledger, clock);
    }

    @Bean
    PersonPageSection guardianConsents(ConsentLedger ledger, Clock clock) {
        return new Section(PersonKind.GUARDIAN, ledger, clock);
    }

    @Bean
    PersonPageSection trainerConsents(ConsentLedger ledger, Clock clock) {
        return new Section(PersonKind.TRAINER, ledger, clock);
    }

    record Section(PersonKind kind, ConsentLedger ledger, Clock clock) implements PersonPageSection {
        @Override
        public Optional<Component> sectionFor(long personId) {
            if (!CurrentUser.hasAnyRole(Roles.ADMIN, Roles.PRIVACY_OFFICER)) {
                return Optional.empty();
            }
            return Optional.of(new ConsentSection(ledger, clock, new DataSubjectRef(kind, personId)));
        }

        @Override
        public int order() {
            return 50;
        }
    }
}
