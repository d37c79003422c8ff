package be.classeur.consent;

import be.classeur.consent.domain.RecognisedPerson;
import be.classeur.consent.domain.SuppressedContact;
import be.classeur.kernel.DataSubjectRef;
import be.classeur.kernel.PersonalDataHandler;
import be.classeur.people.PersonDirectory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The suppression list's part of the personal-data contract. It runs first ({@link Ordered#HIGHEST_PRECEDENCE}: the
 * erasure loop takes the handlers in {@code @Order}), while people's record still holds the e-mail address and phone
 * number: it stores their keyed hashes, so that the erased person, typed in or imported again, is recognised and never
 * mailed. Nothing else about them is kept, not even whose hashes they are; they cannot be read back, so the export
 * holds nothing. Restriction changes nothing here.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class SuppressionPersonalData implements PersonalDataHandler {
    static final String PART = "suppression";

    private final SuppressionListService list;
    private final PersonDirectory directory;

    SuppressionPersonalData(SuppressionListService list, PersonDirectory directory) {
        this.list = list;
        this.directory = directory;
    }

    @Override
    @PreAuthorize(CALLERS)
    public String part() {
        return PART;
    }

    @Override
    @PreAuthorize(CALLERS)
    public Set<Class<?>> coverage() {
        return Set.of(SuppressedContact.class, RecognisedPerson.class);
    }

    @Override
    @PreAuthorize(CALLERS)
    @Transactional(readOnly = true)
    public Holdings describe(DataSubjectRef subject) {
        List<String> held = new ArrayList<>();
        if (list.matchRecorded(subject).isPresent()) {
            held.add("privacy.held.suppression.recognised");
        }
        Optional<PersonDirectory.ContactPoints> contact = directory.contactPoints(subject);
        boolean hasContact = contact.map(c -> SuppressionListService.normalisedEmail(c.email()).isPresent()
                || SuppressionListService.normalisedPhone(c.phone()).isPresent()).orElse(false);
        return new Holdings(PART, held, hasContact
                ? List.of(new Retained("privacy.held.suppression.hashes", "privacy.retained.suppression"))
                : List.of());
    }

    /** Nothing: the hashes cannot be read back, and do not say whose they are (see describe). */
    @Override
    @PreAuthorize(CALLERS)
    public Map<String, Object> export(DataSubjectRef subject) {
        return Map.of();
    }

    @Override
    @PreAuthorize(CALLERS)
    @Transactional
    public void anonymise(DataSubjectRef subject, String pseudonym) {
        directory.contactPoints(subject).ifPresent(c -> list.suppress(c.email(), c.phone()));
        list.forget(subject);
    }

    @Override
    @PreAuthorize(CALLERS)
    public void restrict(DataSubjectRef subject, boolean restricted) {
        // Nothing to restrict: the list holds nothing that is processed about the person.
    }
}
