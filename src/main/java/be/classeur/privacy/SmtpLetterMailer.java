package be.classeur.privacy;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Letters by SMTP through Spring Boot's {@link JavaMailSender}. Boot creates that sender only when
 * {@code spring.mail.host} is set; this bean follows the same property, and also stays away when the host is blank
 * (an empty environment variable), so that "mark as sent" remains the way to go without a mail server.
 */
@Component
@ConditionalOnExpression("!'${spring.mail.host:}'.isBlank()")
class SmtpLetterMailer implements LetterMailer {
    private final JavaMailSender sender;
    private final String from;

    SmtpLetterMailer(JavaMailSender sender, @Value("${classeur.mail.from}") String from) {
        this.sender = sender;
        this.from = from;
    }

    @Override
    public void send(String to, String subject, String body, String pdfName, byte[] pdf) {
        MimeMessage message = sender.createMimeMessage();
        try {
            MimeMessageHelper mail = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
            mail.setFrom(from);
            mail.setTo(to);
            mail.setSubject(subject);
            mail.setText(body, false);
            mail.addAttachment(pdfName, new ByteArrayResource(pdf), "application/pdf");
        } catch (MessagingException e) {
            throw new MailPreparationException("Cannot prepare the letter's mail", e);
        }
        sender.send(message);
    }
}
