package be.classeur.privacy;

import be.classeur.kernel.DataSubjectRef;
import be.classeur.privacy.domain.RequestChannel;
import be.classeur.privacy.domain.Right;
import java.time.LocalDate;
import java.util.Set;

/**
 * A rights request as it arrives. {@code requester} is the person when found in the records (else null);
 * {@code requesterName} and {@code requesterEmail} are kept as received. {@code onBehalfOfPupilId} is set when a
 * guardian asks for a minor pupil linked to them.
 */
public record RequestIntake(Set<Right> rights, DataSubjectRef requester, String requesterName, String requesterEmail,
                            Long onBehalfOfPupilId, RequestChannel channel, LocalDate receivedOn, String description) {
}
