package be.classeur.retention.ui;

import be.classeur.kernel.PersonKind;
import be.classeur.people.PersonDirectory;
import be.classeur.retention.LegalHoldService;
import be.classeur.retention.PurgeService;
import be.classeur.retention.RetentionDates;
import be.classeur.retention.RetentionRules;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The "Conservation" section on the pupils', guardians' and trainers' pages. */
@Configuration(proxyBeanMethods = false)
class RetentionSections {
    @Bean
    RetentionSection pupilRetentionSection(RetentionDates d, RetentionRules r, LegalHoldService h, PurgeService u, PersonDirectory p, Clock c) {
        return new RetentionSection(PersonKind.PUPIL, d, r, h, u, p, c);
    }

    @Bean
    RetentionSection guardianRetentionSection(RetentionDates d, RetentionRules r, LegalHoldService h, PurgeService u, PersonDirectory p, Clock c) {
        return new RetentionSection(PersonKind.GUARDIAN, d, r, h, u, p, c);
    }

    @Bean
    RetentionSection trainerRetentionSection(RetentionDates d, RetentionRules r, LegalHoldService h, PurgeService u, PersonDirectory p, Clock c) {
        return new RetentionSection(PersonKind.TRAINER, d, r, h, u, p, c);
    }
}
