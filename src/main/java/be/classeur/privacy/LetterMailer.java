package be.classeur.privacy;

/**
 * Sends a letter by e-mail. No implementation ships while no mail server is configured (spring-boot-starter-mail is
 * not on the classpath): the officer then copies the text or the PDF into their own mail and marks the letter as sent.
 * A bean implementing this (e.g. over a {@code JavaMailSender}) turns on direct sending.
 */
public interface LetterMailer {
    void send(String to, String subject, String body);
}
