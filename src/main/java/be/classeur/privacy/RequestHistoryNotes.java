package be.classeur.privacy;

import static be.classeur.privacy.domain.RightsRequestRepository.require;

import be.classeur.kernel.Actors;
import be.classeur.privacy.domain.RequestStatusChange;
import be.classeur.privacy.domain.RequestStatusChangeRepository;
import be.classeur.privacy.domain.RightsRequest;
import be.classeur.privacy.domain.RightsRequestRepository;
import java.text.MessageFormat;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.ResourceBundle;
import org.springframework.stereotype.Component;

/**
 * Lines in a request's history that record an action, not a step (the status stays as it is), written in French like
 * the other history notes (see {@link PersonChoicesService}), by the signed-in officer or "system" for a job.
 */
@Component
class RequestHistoryNotes {
    private static final String BUNDLE = "vaadin-i18n/translations";
    private static final int MAX_NOTE = 1000;

    private final RightsRequestRepository requests;
    private final RequestStatusChangeRepository changes;
    private final Clock clock;

    RequestHistoryNotes(RightsRequestRepository requests, RequestStatusChangeRepository changes, Clock clock) {
        this.requests = requests;
        this.changes = changes;
        this.clock = clock;
    }

    void add(long requestId, String key, Object... args) {
        RightsRequest request = require(requests, requestId);
        String note = new MessageFormat(french().getString(key), Locale.FRENCH).format(args);
        String bounded = note.length() > MAX_NOTE ? note.substring(0, MAX_NOTE - 1) + "…" : note;
        changes.save(new RequestStatusChange(requestId, request.getStatus(), request.getStatus(), Actors.current(),
                LocalDateTime.now(clock), bounded));
    }

    private static ResourceBundle french() {
        return ResourceBundle.getBundle(BUNDLE, Locale.FRENCH, RequestHistoryNotes.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
