package be.classeur.privacy;

import be.classeur.kernel.DataSubjectRef;
import be.classeur.kernel.audit.PersonalDataAccessed;
import be.classeur.kernel.audit.PersonalDataChanged;
import be.classeur.kernel.audit.SecurityEvent;
import be.classeur.privacy.domain.RightsRequest;
import be.classeur.privacy.domain.RightsRequestRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Writes what was done on a rights request's documents to the audit log: on the requester's record when the requester
 * is a known person, otherwise as an event about the request alone (the requester may not be in the records).
 */
@Component
class RequestAuditTrail {
    private final RightsRequestRepository requests;
    private final ApplicationEventPublisher events;

    RequestAuditTrail(RightsRequestRepository requests, ApplicationEventPublisher events) {
        this.requests = requests;
        this.events = events;
    }

    void changed(long requestId, String action, String detail) {
        DataSubjectRef requester = requesterOf(requestId);
        String text = "request " + requestId + (detail == null ? "" : ": " + detail);
        events.publishEvent(requester == null ? SecurityEvent.of(action, text) : new PersonalDataChanged(requester, action, text));
    }

    void accessed(long requestId, String action, String detail) {
        DataSubjectRef requester = requesterOf(requestId);
        String text = "request " + requestId + (detail == null ? "" : ": " + detail);
        events.publishEvent(requester == null ? SecurityEvent.of(action, text) : new PersonalDataAccessed(requester, action, text));
    }

    private DataSubjectRef requesterOf(long requestId) {
        return requests.findById(requestId).map(RightsRequest::requester).orElse(null);
    }
}
