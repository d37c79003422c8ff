package be.classeur.kernel;

import java.util.Optional;

/**
 * Whether a rights request about a person is still open (its reply not yet recorded as sent). The retention purge
 * leaves such a person alone until the request is answered, so that the reply (GDPR art. 12) can still be written and
 * reach them. Defined here so that retention asks it without depending on the privacy module, which answers it.
 */
public interface OpenRightsRequests {

    /** The number of the oldest open request covering the person, as requester or represented child, if any. */
    Optional<Long> openAbout(DataSubjectRef subject);
}
