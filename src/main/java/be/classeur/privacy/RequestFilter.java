package be.classeur.privacy;

import be.classeur.privacy.domain.RequestStatus;
import be.classeur.privacy.domain.Right;
import org.jspecify.annotations.Nullable;

/**
 * Filter of the request queue. Null fields do not filter; {@code overdueOnly} keeps open requests past their
 * deadline; {@code text} searches the requester's name and e-mail as received; {@code bucket} keeps the requests of one
 * group of the dashboard (the figure and the list it opens share one rule).
 */
public record RequestFilter(RequestStatus status, Right right, String assignee, boolean overdueOnly, String text,
                            @Nullable DeadlineBucket bucket) {
    public RequestFilter(RequestStatus status, Right right, String assignee, boolean overdueOnly, String text) {
        this(status, right, assignee, overdueOnly, text, null);
    }

    public RequestFilter(RequestStatus status, Right right, String assignee, boolean overdueOnly) {
        this(status, right, assignee, overdueOnly, null);
    }

    public static RequestFilter all() {
        return new RequestFilter(null, null, null, false, null, null);
    }

    public static RequestFilter of(DeadlineBucket bucket) {
        return new RequestFilter(null, null, null, false, null, bucket);
    }
}
