package be.classeur.privacy;

import be.classeur.kernel.DataSubjectRef;
import be.classeur.privacy.domain.RequestChannel;
import be.classeur.privacy.domain.RequestStatus;
import be.classeur.privacy.domain.Right;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Everything about one request for its page. {@code nextSteps} are the statuses a plain status change may reach
 * now; {@code canExtend} tells whether the one extension is still possible today.
 */
public record RequestDetail(Long id, long version, Set<Right> rights, DataSubjectRef requester, String requesterName,
                            String requesterEmail, Long onBehalfOfPupilId, RequestChannel channel, LocalDate receivedOn,
                            String description, RequestStatus status, String assignee, LocalDate extendedOn,
                            String extensionReason, LocalDate replyRecordedOn, LocalDate firstDeadline,
                            LocalDate deadline, Long daysLeft, Set<RequestStatus> nextSteps, boolean canExtend,
                            List<StatusChangeRow> history) {
}
