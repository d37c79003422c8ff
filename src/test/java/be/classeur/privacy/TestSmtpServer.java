package be.classeur.privacy;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.springframework.boot.mail.autoconfigure.MailProperties;

/**
 * One real SMTP server (GreenMail) for the whole test JVM, on the host and port the application sends to
 * ({@code spring.mail.*} in application-test.properties). Every test class shares one Spring context, so the mail
 * settings cannot differ per class: the server is started on first use instead, and a test that stops it (to see a
 * failure) leaves it to the next {@link #running} to start a fresh one.
 */
public final class TestSmtpServer {
    private static GreenMail server;

    private TestSmtpServer() {
    }

    /** The server, started if needed. Tests tell their messages apart by a recipient address of their own. */
    public static synchronized GreenMail running(MailProperties mail) {
        if (server == null || !server.isRunning()) {
            server = new GreenMail(new ServerSetup(mail.getPort(), mail.getHost(), ServerSetup.PROTOCOL_SMTP));
            server.start();
        }
        return server;
    }

    /** Stops the server, so that sending fails as when the organisation's mail server is down. */
    public static synchronized void stop() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    /**
     * The messages addressed to {@code address}, waiting up to {@code timeout} for at least one: other tests' mail
     * arrives on the same server, so waiting for "any message" could be satisfied by theirs.
     */
    public static List<MimeMessage> awaitMailTo(GreenMail server, String address, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        List<MimeMessage> found = mailTo(server, address);
        while (found.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(50);
            found = mailTo(server, address);
        }
        return found;
    }

    private static List<MimeMessage> mailTo(GreenMail server, String address) {
        return Arrays.stream(server.getReceivedMessages()).filter(m -> {
            try {
                Address[] to = m.getRecipients(Message.RecipientType.TO);
                return to != null && Arrays.stream(to).anyMatch(a -> ((InternetAddress) a).getAddress().equalsIgnoreCase(address));
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }
}
