package be.classeur.privacy;

import be.classeur.privacy.domain.RequestStatus;
import be.classeur.privacy.domain.Right;

/**
 * Filter of the request queue. Null fields do not filter; {@code overdueOnly} keeps open requests past their
 * deadline; {@code text} searches the requester's name and e-mail as received.
 */
public record RequestFilter(RequestStatus status, Right right, String assignee, boolean overdueOnly, String text) {
    public RequestFilter(RequestStatus status, Right right, String assignee, boolean overdueOnly) {
        this(status, right, assignee, overdueOnly, null);
    }

    public static RequestFilter all() {
        return new RequestFilter(null, null, null, false, null);
    }
}
