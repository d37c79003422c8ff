package be.classeur.privacy;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How long a copy of an identity document may be kept at most, whatever the state of its request:
 * {@value #PROPERTY} days (30 by default) after it was received. {@link IdentityCopyExpiryJob} enforces it.
 */
@Component
class IdentityCopyRetention {
    static final String PROPERTY = "classeur.privacy.id-copy-max-age-days";

    private final int maxAgeDays;

    IdentityCopyRetention(@Value("${" + PROPERTY + ":30}") int maxAgeDays) {
        if (maxAgeDays < 1) {
            throw new IllegalStateException(PROPERTY + " must be at least 1 day, not " + maxAgeDays);
        }
        this.maxAgeDays = maxAgeDays;
    }

    int maxAgeDays() {
        return maxAgeDays;
    }
}
