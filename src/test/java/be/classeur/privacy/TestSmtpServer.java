package be.classeur.privacy;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
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
}
