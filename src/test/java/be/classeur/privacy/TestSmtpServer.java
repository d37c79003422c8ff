package be.classeur.privacy;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * One real SMTP server (GreenMail) for the whole test JVM, on the port that application-test.properties gives
 * {@code spring.mail.port}. Every test class shares one Spring context, so the mail settings cannot differ per
 * class: the server is started on first use instead, and a test that stops it (to see a failure) leaves it to the
 * next {@link #running()} to start a fresh one.
 */
public final class TestSmtpServer {
    public static final int PORT = 3925;
    private static GreenMail server;

    private TestSmtpServer() {
    }

    /** The server, started if needed. Tests tell their messages apart by a recipient address of their own. */
    public static synchronized GreenMail running() {
        if (server == null || !server.isRunning()) {
            server = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
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
