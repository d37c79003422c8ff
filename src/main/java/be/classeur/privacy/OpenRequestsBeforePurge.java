package be.classeur.privacy;

import be.classeur.kernel.DataSubjectRef;
import be.classeur.kernel.OpenRightsRequests;
import be.classeur.privacy.domain.RequestStatus;
import be.classeur.privacy.domain.RightsRequestRepository;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Tells the retention purge which people a rights request still waits on: until its reply, nobody it covers is purged. */
@Component
class OpenRequestsBeforePurge implements OpenRightsRequests {
    /** Before the reply: once it is recorded as sent (or the request refused or closed), the person's record may go. */
    private static final Set<RequestStatus> OPEN = EnumSet.of(RequestStatus.RECEIVED, RequestStatus.AWAITING_IDENTITY,
            RequestStatus.IN_PROGRESS, RequestStatus.EXTENDED);

    private final RightsRequestRepository requests;

    OpenRequestsBeforePurge(RightsRequestRepository requests) {
        this.requests = requests;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Long> openAbout(DataSubjectRef subject) {
        return Optional.ofNullable(requests.findFirstUnansweredCoveringIn(subject.kind(), subject.id(), OPEN));
    }
}
