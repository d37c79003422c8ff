package be.classeur.privacy;

import static be.classeur.privacy.domain.RightsRequestRepository.require;

import be.classeur.kernel.audit.PersonalDataAccessed;
import be.classeur.kernel.audit.PersonalDataChanged;
import be.classeur.privacy.domain.RightsRequest;
import be.classeur.privacy.domain.RightsRequestRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The one way the privacy module writes what was done on a rights request to the audit log: on the requester's record
 * when the requester is a known person, otherwise a line without a subject that still names the request (the audit
 * log accepts it), so that no action on a request from someone outside the records goes unrecorded.
 */
@Component
class RequestAuditTrail {
    private final RightsRequestRepository requests;
    private final ApplicationEventPublisher events;

    RequestAuditTrail(RightsRequestRepository requests, ApplicationEventPublisher events) {
        this.requests = requests;
        this.events = events;
    }

    void changed(RightsRequest r, String action, String detail) {
        events.publishEvent(new PersonalDataChanged(r.requester(), action, text(r, detail), r.getId()));
    }

    void accessed(RightsRequest r, String action, String detail) {
        events.publishEvent(new PersonalDataAccessed(r.requester(), action, text(r, detail), r.getId()));
    }

    void changed(long requestId, String action, String detail) {
        changed(require(requests, requestId), action, detail);
    }

    void accessed(long requestId, String action, String detail) {
        accessed(require(requests, requestId), action, detail);
    }

    private static String text(RightsRequest r, String detail) {
        return "request " + r.getId() + (detail == null ? "" : ": " + detail);
    }
}
