package be.classeur.privacy;

import be.classeur.kernel.DataSubjectRef;
import be.classeur.privacy.domain.RequestChannel;
import be.classeur.privacy.domain.Right;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A rights request as it arrives. {@code requester} is the person when found in the records (else null): a proposed
 * match that the privacy officer confirms on the request's page. {@code requesterName} and {@code requesterEmail} are
 * kept as received. {@code representedPupilIds} are the minor pupils linked to a guardian requester that the guardian
 * asks for (none, one or several; null means none). {@code minorCheckedPupilIds} are the children without a recorded
 * birth date whose age the privacy officer checked: they are minors (a child of unknown age is not presumed one).
 */
public record RequestIntake(Set<Right> rights, DataSubjectRef requester, String requesterName, String requesterEmail,
                            List<Long> representedPupilIds, RequestChannel channel, LocalDate receivedOn,
                            String description, List<Long> minorCheckedPupilIds) {
    /** An intake without any age check by the officer. */
    public RequestIntake(Set<Right> rights, DataSubjectRef requester, String requesterName, String requesterEmail,
                         List<Long> representedPupilIds, RequestChannel channel, LocalDate receivedOn, String description) {
        this(rights, requester, requesterName, requesterEmail, representedPupilIds, channel, receivedOn, description, null);
    }

    public List<Long> represented() {
        return representedPupilIds == null ? List.of() : representedPupilIds;
    }

    public List<Long> minorChecked() {
        return minorCheckedPupilIds == null ? List.of() : minorCheckedPupilIds;
    }
}
