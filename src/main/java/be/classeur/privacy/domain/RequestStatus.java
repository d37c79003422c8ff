package be.classeur.privacy.domain;

import be.classeur.kernel.Labelled;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.modulith.NamedInterface;

/**
 * Where a rights request stands. The flow is
 * received → awaiting identity (optional) → in progress → extended (optional) → answered or refused → closed.
 * A request whose identity cannot be established may be refused straight from "awaiting identity" (art. 12(2)).
 * "Extended" is reached only through the extension itself (reasons, once, within the first month); a request extended
 * while awaiting identity stays there, and reaches "extended" instead of "in progress" once the identity is established.
 */
@NamedInterface("domain")
public enum RequestStatus implements Labelled {
    RECEIVED, AWAITING_IDENTITY, IN_PROGRESS, EXTENDED, ANSWERED, REFUSED, CLOSED;

    /** The statuses a user may move to by a plain status change. */
    public Set<RequestStatus> nextSteps() {
        return switch (this) {
            case RECEIVED -> EnumSet.of(AWAITING_IDENTITY, IN_PROGRESS);
            case AWAITING_IDENTITY -> EnumSet.of(IN_PROGRESS, REFUSED);
            case IN_PROGRESS, EXTENDED -> EnumSet.of(ANSWERED, REFUSED);
            case ANSWERED, REFUSED -> EnumSet.of(CLOSED);
            case CLOSED -> EnumSet.noneOf(RequestStatus.class);
        };
    }

    /** Whether the reply clock still runs: not yet answered, refused or closed. */
    public boolean isOpen() {
        return this != ANSWERED && this != REFUSED && this != CLOSED;
    }

    public static Set<RequestStatus> open() {
        return EnumSet.of(RECEIVED, AWAITING_IDENTITY, IN_PROGRESS, EXTENDED);
    }

    @Override
    public String labelKey() {
        return "privacy.status." + name();
    }
}
