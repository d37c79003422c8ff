package be.classeur.privacy;

import be.classeur.kernel.DataSubjectRef;
import be.classeur.privacy.domain.NextAction;
import be.classeur.privacy.domain.RequestChannel;
import be.classeur.privacy.domain.RequestStatus;
import be.classeur.privacy.domain.Right;
import be.classeur.privacy.domain.SubjectRole;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Everything about one request for its page. {@code nextSteps} are the statuses a plain status change may reach
 * now; {@code covered} are the people the request covers (requester first); {@code canExtend} tells whether the
 * one extension is still possible today. {@code deadline} is the deadline in force: the first one until an extension
 * notice is recorded as sent on or before it ({@code extensionNotifiedOn}, {@code extensionInForce}); then
 * {@code extendedDeadline}, which is the decided three-month deadline (null when not extended). {@code nextAction} is
 * the page's primary action; {@code assigneeName} the display name of the officer handling the request (their login
 * only when no account has it).
 */
public record RequestDetail(Long id, long version, Set<Right> rights, DataSubjectRef requester, String requesterName,
                            String requesterEmail, List<CoveredSubject> covered, RequestChannel channel, LocalDate receivedOn,
                            String description, RequestStatus status, String assignee, LocalDate extendedOn,
                            String extensionReason, LocalDate replyRecordedOn, LocalDate firstDeadline,
                            LocalDate deadline, Long daysLeft, Set<RequestStatus> nextSteps, boolean canExtend,
                            List<StatusChangeRow> history, LocalDate extendedDeadline, LocalDate extensionNotifiedOn,
                            boolean extensionInForce, NextAction nextAction, @Nullable String assigneeName) {
    /** Whether every person the request covers has a confirmed match: the subject-rights actions wait for it. */
    public boolean allMatchesConfirmed() {
        return covered.stream().allMatch(CoveredSubject::confirmed);
    }

    /** Whether the request was ever asked for proof of identity: the step bar then shows that step. */
    public boolean identityAsked() {
        return status == RequestStatus.AWAITING_IDENTITY
                || history.stream().anyMatch(h -> h.to() == RequestStatus.AWAITING_IDENTITY);
    }

    /** Whether the request was refused (now or before it was closed): the step bar names that step "refused". */
    public boolean refused() {
        return status == RequestStatus.REFUSED || history.stream().anyMatch(h -> h.to() == RequestStatus.REFUSED);
    }

    /** The children a guardian asks for. */
    public List<CoveredSubject> represented() {
        return covered.stream().filter(c -> c.role() == SubjectRole.REPRESENTED).toList();
    }
}
