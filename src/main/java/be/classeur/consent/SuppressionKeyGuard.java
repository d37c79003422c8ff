package be.classeur.consent;

import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Under the prod profile, refuses to start while the suppression list's key is missing or the demo key. */
@Component
@Profile("prod")
class SuppressionKeyGuard {
    SuppressionKeyGuard(Environment environment) {
        String problem = problem(environment);
        if (problem != null) {
            throw new IllegalStateException(problem);
        }
    }

    static @org.jspecify.annotations.Nullable String problem(Environment environment) {
        String key = environment.getProperty("classeur.suppression.key", "").strip();
        if (key.isEmpty() || SuppressionKey.DEMO_KEY.equals(key)) {
            return "Refusing to start with the prod profile: the suppression list's key is "
                    + (key.isEmpty() ? "missing" : "the demo key")
                    + "; set CLASSEUR_SUPPRESSION_KEY (classeur.suppression.key) to a new random 256-bit key in base64,"
                    + " e.g. the output of: openssl rand -base64 32, and keep a copy outside the server";
        }
        return null;
    }
}
