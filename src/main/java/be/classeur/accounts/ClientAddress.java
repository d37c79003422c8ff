package be.classeur.accounts;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;

/**
 * The address of the client behind a request: the connection's address, or the X-Forwarded-For entry added by a
 * configured trusted proxy. GROUNDWORK: the throttling branch fills in the trusted-proxy rule.
 */
@Component
public class ClientAddress {

    public String of(HttpServletRequest request) {
        return request.getRemoteAddr();
    }
}
