package be.classeur.privacy.domain;

import be.classeur.kernel.Labelled;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;

/**
 * What the officer should do next on a request, one step of the usual flow ({@link RightsRequest#nextAction()}). The
 * request's page offers it as its primary button; the other moves stay available beside it.
 */
@NamedInterface("domain")
public enum NextAction implements Labelled {
    /** Received: start working on it (asking for proof of identity, only on reasonable doubt, is the other way). */
    START_WORK(RequestStatus.IN_PROGRESS),
    /**
     * Awaiting identity: once it is established, work starts. Not a plain status move: when a copy was received,
     * identity is established by the recorded check (who checked, when, the copies deleted), which starts the work.
     */
    CONFIRM_IDENTITY(null),
    /** In progress or extended: the reply is given. */
    ANSWER(RequestStatus.ANSWERED),
    /** Answered or refused, the reply not yet recorded as sent: record the date it was sent. */
    RECORD_REPLY(null),
    /** Answered or refused, the reply recorded: close the file. */
    CLOSE(RequestStatus.CLOSED),
    /** Closed: nothing left to do. */
    NONE(null);

    private final @Nullable RequestStatus reaches;

    NextAction(@Nullable RequestStatus reaches) {
        this.reaches = reaches;
    }

    /** The status this action moves the request to, or null when it is not a status move. */
    public @Nullable RequestStatus reaches() {
        return reaches;
    }

    @Override
    public String labelKey() {
        return "privacy.nextAction." + name();
    }
}
