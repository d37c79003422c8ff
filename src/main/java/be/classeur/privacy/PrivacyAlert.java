package be.classeur.privacy;

import java.time.LocalDate;

/** An open request that is overdue or due within the alert window; no personal data, only the request number. */
public record PrivacyAlert(long requestId, LocalDate deadline, long daysLeft) {
    public boolean overdue() {
        return daysLeft < 0;
    }
}
