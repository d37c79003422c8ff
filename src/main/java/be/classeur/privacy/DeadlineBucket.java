package be.classeur.privacy;

/**
 * The open rights requests as the privacy officer's dashboard and alerts group them. The first three split the open
 * requests by deadline (each open request is in exactly one); the last two cut across them.
 */
public enum DeadlineBucket {
    /** Open and past the deadline. */
    OVERDUE,
    /** Open, deadline today or within {@value RequestQueueService#DUE_SOON_DAYS} days. */
    DUE_SOON,
    /** Open, deadline further away. */
    LATER,
    /** Open, extension decided but its notice to the requester not recorded: the first deadline still applies. */
    EXTENSION_NOTICE_UNSENT,
    /** Waiting for proof of identity. */
    AWAITING_IDENTITY
}
