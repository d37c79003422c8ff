package be.classeur.privacy;

import static be.classeur.privacy.domain.RightsRequestRepository.require;

import be.classeur.kernel.Actors;
import be.classeur.kernel.DataSubjectRef;
import be.classeur.kernel.Message;
import be.classeur.privacy.domain.RequestStatusChange;
import be.classeur.privacy.domain.RequestStatusChangeRepository;
import be.classeur.privacy.domain.RightsRequest;
import be.classeur.privacy.domain.RightsRequestRepository;
import java.time.Clock;
import java.time.Instant;
import org.springframework.stereotype.Component;

/**
 * Lines in a request's history that record an action, not a step (the status stays as it is), stored as a message (key
 * and typed arguments, see {@link Message}) and shown in the reader's language, by the signed-in officer or "system" for a job.
 */
@Component
class RequestHistoryNotes {
    private final RightsRequestRepository requests;
    private final RequestStatusChangeRepository changes;
    private final Clock clock;

    RequestHistoryNotes(RightsRequestRepository requests, RequestStatusChangeRepository changes, Clock clock) {
        this.requests = requests;
        this.changes = changes;
        this.clock = clock;
    }

    /** A person in a history line: their role and record number ("élève n° 12", "pupil no. 12"), never their name. */
    static Message person(DataSubjectRef person) {
        return Message.of("privacy.history.person." + person.kind().name(), person.id());
    }

    void add(long requestId, String key, Object... args) {
        RightsRequest request = require(requests, requestId);
        changes.save(new RequestStatusChange(requestId, request.getStatus(), request.getStatus(), Actors.current(),
                clock.instant(), Message.of(key, args)));
    }
}
