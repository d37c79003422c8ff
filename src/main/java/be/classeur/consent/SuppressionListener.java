package be.classeur.consent;

import be.classeur.kernel.audit.PersonalDataChanged;
import java.util.Set;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the recognised people up to date: after people creates a person or changes their record (it publishes a
 * {@link PersonalDataChanged} on every write), the person is checked against the suppression list, in the same
 * transaction; an erased person is no longer recognised.
 */
@Component
class SuppressionListener {
    /** People's actions after which a person's e-mail or phone may have changed (PersonWrites.changed). */
    static final Set<String> CONTACT_CHANGES = Set.of("CREATED", "UPDATED", "RECTIFIED", "IMPORTED");

    private final SuppressionListService list;

    SuppressionListener(SuppressionListService list) {
        this.list = list;
    }

    @EventListener
    void on(PersonalDataChanged event) {
        if (event.subject() == null) {
            return;
        }
        if ("ERASED".equals(event.action())) {
            list.forget(event.subject());
        } else if (CONTACT_CHANGES.contains(event.action())) {
            list.recheck(event.subject());
        }
    }
}
