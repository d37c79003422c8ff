package be.classeur.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.mail.autoconfigure.MailSenderAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * Direct sending exists only with a mail server configured, as Boot's own mail sender does; a blank host (an empty
 * environment variable in Docker) keeps it off. A bare context with the two configurations, no application context.
 */
class SmtpLetterMailerConditionTest {
    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(MailSenderAutoConfiguration.class))
            .withUserConfiguration(SmtpLetterMailer.class)
            .withPropertyValues("classeur.mail.from=privacy@exemple.be");

    @Test
    void noHostNoMailer() {
        runner.run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(LetterMailer.class));
    }

    @Test
    void aBlankHostNoMailer() {
        runner.withPropertyValues("spring.mail.host=", "spring.mail.port=")
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(LetterMailer.class));
    }

    @Test
    void aHostGivesTheMailer() {
        runner.withPropertyValues("spring.mail.host=smtp.exemple.be", "spring.mail.port=587")
                .run(context -> assertThat(context).hasNotFailed().hasSingleBean(LetterMailer.class));
    }
}
