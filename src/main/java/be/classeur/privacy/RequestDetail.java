package be.classeur.privacy;

import be.classeur.kernel.DataSubjectRef;
import be.classeur.privacy.domain.RequestChannel;
import be.classeur.privacy.domain.RequestStatus;
import be.classeur.privacy.domain.Right;
import be.classeur.privacy.domain.SubjectRole;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Everything about one request for its page. {@code nextSteps} are the statuses a plain status change may reach
 * now; {@code covered} are the people the request covers (requester first); {@code canExtend} tells whether the
 * one extension is still possible today. {@code deadline} is the deadline in force: the first one until an extension
 * notice is recorded as sent on or before it ({@code extensionNotifiedOn}, {@code extensionInForce}); then
 * {@code extendedDeadline}, which is the decided three-month deadline (null when not extended).
 */
public record RequestDetail(Long id, long version, Set<Right> rights, DataSubjectRef requester, String requesterName,
                            String requesterEmail, List<CoveredSubject> covered, RequestChannel channel, LocalDate receivedOn,
                            String description, RequestStatus status, String assignee, LocalDate extendedOn,
                            String extensionReason, LocalDate replyRecordedOn, LocalDate firstDeadline,
                            LocalDate deadline, Long daysLeft, Set<RequestStatus> nextSteps, boolean canExtend,
                            List<StatusChangeRow> history, LocalDate extendedDeadline, LocalDate extensionNotifiedOn,
                            boolean extensionInForce) {
    /** Whether every person the request covers has a confirmed match: the subject-rights actions wait for it. */
    public boolean allMatchesConfirmed() {
        return covered.stream().allMatch(CoveredSubject::confirmed);
    }

    /** The children a guardian asks for. */
    public List<CoveredSubject> represented() {
        return covered.stream().filter(c -> c.role() == SubjectRole.REPRESENTED).toList();
    }
}
