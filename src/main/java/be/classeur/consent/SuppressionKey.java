package be.classeur.consent;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The key of the suppression list's hashes (HMAC-SHA256), from {@code classeur.suppression.key} (a base64 key of at
 * least 256 bits): never stored in the database, so that a copy of the database alone cannot test a guessed e-mail
 * address or phone number against the list. The demo key of application.properties is refused under the prod profile
 * ({@link SuppressionKeyGuard}). Changing the key makes the list forget everyone it holds: keep a copy.
 */
@Component
class SuppressionKey {
    /** The key of application.properties, for development and the demo only. */
    static final String DEMO_KEY = "Y2xhc3NldXItZGVtby1zdXBwcmVzc2lvbi1rZXktMzI=";
    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec key;

    SuppressionKey(@Value("${classeur.suppression.key:}") String base64Key) {
        if (base64Key.isBlank()) {
            throw new IllegalStateException("classeur.suppression.key is missing: set CLASSEUR_SUPPRESSION_KEY to a random"
                    + " 256-bit key in base64 (openssl rand -base64 32)");
        }
        byte[] raw;
        try {
            raw = Base64.getDecoder().decode(base64Key.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("classeur.suppression.key must be a base64-encoded key of at least 256 bits");
        }
        if (raw.length < 32) {
            throw new IllegalStateException("classeur.suppression.key must be a base64-encoded key of at least 256 bits"
                    + " (32 bytes), not " + raw.length + " bytes");
        }
        this.key = new SecretKeySpec(raw, ALGORITHM);
    }

    /** The keyed hash of a normalised value, as 64 lower-case hex digits. */
    String hash(String normalised) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(normalised.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}
