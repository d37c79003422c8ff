package be.classeur.privacy;

import be.classeur.kernel.Translations;
import static be.classeur.privacy.domain.RightsRequestRepository.require;

import be.classeur.kernel.Actors;
import be.classeur.privacy.domain.RequestStatusChange;
import be.classeur.privacy.domain.RequestStatusChangeRepository;
import be.classeur.privacy.domain.RightsRequest;
import be.classeur.privacy.domain.RightsRequestRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Lines in a request's history that record an action, not a step (the status stays as it is), written in French like
 * the other history notes (see {@link PersonChoicesService}), by the signed-in officer or "system" for a job.
 */
@Component
class RequestHistoryNotes {
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
        String note = Translations.text(Locale.FRENCH, key, args);
        String bounded = note.length() > MAX_NOTE ? note.substring(0, MAX_NOTE - 1) + "…" : note;
        changes.save(new RequestStatusChange(requestId, request.getStatus(), request.getStatus(), Actors.current(),
                clock.instant(), bounded));
    }
}
