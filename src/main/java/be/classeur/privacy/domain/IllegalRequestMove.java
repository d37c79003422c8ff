package be.classeur.privacy.domain;

import be.classeur.kernel.BusinessRuleException;

/**
 * A rights request was asked to make a move its status does not allow (see {@link RequestStatus}). Carries the
 * translation key the user is shown, and the status it was in and the one asked for, for the log.
 */
public class IllegalRequestMove extends BusinessRuleException {
    private final RequestStatus from;
    private final RequestStatus to;

    public IllegalRequestMove(String messageKey, RequestStatus from, RequestStatus to) {
        super(messageKey);
        this.from = from;
        this.to = to;
    }

    public RequestStatus from() {
        return from;
    }

    public RequestStatus to() {
        return to;
    }

    @Override
    public String getMessage() {
        return super.getMessage() + " (" + from + " -> " + to + ")";
    }
}
