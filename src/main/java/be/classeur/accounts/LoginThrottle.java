package be.classeur.accounts;

import java.time.Duration;
import org.springframework.stereotype.Component;

/**
 * Slows down password and second-factor guessing: after a few failures for one account or one client address, each
 * further attempt must wait longer. Never a permanent lockout an attacker could trigger. Counters live in the
 * database so that they hold across instances.
 *
 * <p>GROUNDWORK: the signatures are the contract other code uses; the throttling branch fills in the body.
 */
@Component
public class LoginThrottle {

    /** How long the caller must wait before this attempt may be checked; zero when it may be checked now. */
    public Duration waitBefore(String typedUsername, String clientAddress) {
        return Duration.ZERO;
    }

    /** Records a failed password or second-factor attempt for the account typed and the client address. */
    public void failed(String typedUsername, String clientAddress) {
    }

    /** A successful sign-in clears the account's counter (not the address's: see the implementation). */
    public void succeeded(String typedUsername, String clientAddress) {
    }
}
