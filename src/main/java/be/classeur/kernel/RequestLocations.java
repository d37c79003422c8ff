package be.classeur.kernel;

/**
 * Where the rights-request pages are. Owned by privacy's views, but kept in the kernel because people links back to a
 * request (the rectification banner on a person's page) and people may not depend on privacy, which depends on it.
 */
public final class RequestLocations {
    /** The request queue; the detail page is below it. */
    public static final String REQUESTS = "privacy/requests";

    private RequestLocations() {
    }

    /** The query parameter of the queue that keeps one group of the dashboard: a {@code privacy.DeadlineBucket} name. */
    public static final String BUCKET = "bucket";

    /**
     * The queue filtered on one group of the dashboard, e.g. {@code privacy/requests?bucket=OVERDUE}. A name, not the
     * enum: the kernel may not depend on privacy, which owns {@code DeadlineBucket}.
     */
    public static String requests(String bucket) {
        return REQUESTS + "?" + BUCKET + "=" + bucket;
    }

    /** The route of one request's page, e.g. {@code privacy/requests/42}. */
    public static String request(long id) {
        return REQUESTS + "/" + id;
    }
}
