package be.classeur.privacy;

import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Under the prod profile, refuses to start while identity-document copies would be encrypted with the demo key. */
@Component
@Profile("prod")
class IdentityProofKeyGuard {
    IdentityProofKeyGuard(Environment environment) {
        String key = environment.getProperty("classeur.privacy.id-proof-key", "").strip();
        if (key.isEmpty() || EncryptedFileStore.DEMO_KEY.equals(key)) {
            throw new IllegalStateException("Refusing to start with the prod profile: the identity-proof encryption key is "
                    + (key.isEmpty() ? "missing" : "the demo key")
                    + "; set CLASSEUR_ID_PROOF_KEY (classeur.privacy.id-proof-key) to a new random 256-bit key in base64,"
                    + " e.g. the output of: openssl rand -base64 32");
        }
    }
}
