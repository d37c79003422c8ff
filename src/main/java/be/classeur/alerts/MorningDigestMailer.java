package be.classeur.alerts;

import be.classeur.kernel.Translations;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * The privacy officer's morning digest by e-mail: how many of each kind wait, and a link to each list in the
 * application. Counts only: it names no data subject. Sent only when {@code spring.mail.host} is set and not blank
 * (the same rule as the letters' mailer).
 */
@Component
class MorningDigestMailer {
    private final @Nullable JavaMailSender sender;
    private final String from;
    private final String baseUrl;

    MorningDigestMailer(ObjectProvider<JavaMailSender> sender, @Value("${spring.mail.host:}") String host,
                        @Value("${classeur.mail.from}") String from, @Value("${classeur.base-url}") String baseUrl) {
        this.sender = host.isBlank() ? null : sender.getIfAvailable();
        this.from = from;
        this.baseUrl = baseUrl.replaceAll("/+$", "");
    }

    boolean enabled() {
        return sender != null;
    }

    /** The digest's text, in the officer's language. */
    String body(Locale locale, List<MorningAlertsJob.Alert> alerts) {
        StringBuilder text = new StringBuilder(Translations.text(locale, "alerts.digest.intro")).append("\n\n");
        for (MorningAlertsJob.Alert alert : alerts) {
            text.append("- ").append(Translations.text(locale, alert.key() + ".digest", alert.arguments().toArray()))
                    .append("\n  ").append(baseUrl).append('/').append(alert.link()).append('\n');
        }
        text.append('\n').append(Translations.text(locale, "alerts.digest.footer", baseUrl + "/"));
        return text.toString();
    }

    void send(String to, Locale locale, List<MorningAlertsJob.Alert> alerts) {
        JavaMailSender mail = sender;
        if (mail == null) {
            return;
        }
        MimeMessage message = mail.createMimeMessage();
        try {
            MimeMessageHelper helper = new MimeMessageHelper(message, false, StandardCharsets.UTF_8.name());
            helper.setFrom(from);
            helper.setTo(to);
            helper.setSubject(Translations.text(locale, "alerts.digest.subject"));
            helper.setText(body(locale, alerts), false);
        } catch (MessagingException e) {
            throw new MailPreparationException("Cannot prepare the morning digest", e);
        }
        mail.send(message);
    }
}
