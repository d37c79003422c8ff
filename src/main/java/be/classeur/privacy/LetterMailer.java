package be.classeur.privacy;

/**
 * Sends a letter by e-mail. The only implementation, {@link SmtpLetterMailer}, exists only when a mail server is
 * configured ({@code spring.mail.host}); without it the officer copies the text or the PDF into their own mail and
 * marks the letter as sent.
 */
public interface LetterMailer {
    /**
     * Sends a plain-text mail with the letter's PDF attached.
     *
     * @throws org.springframework.mail.MailException when the server cannot be reached or refuses the message
     */
    void send(String to, String subject, String body, String pdfName, byte[] pdf);
}
