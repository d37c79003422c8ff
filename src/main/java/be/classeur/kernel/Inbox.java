package be.classeur.kernel;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The signed-in account's in-app notices, for the bell in the shell: the morning alerts to privacy officers, the
 * art. 19 notices to trainers. Implemented by the accounts module; every method reads or marks the signed-in
 * account's own notices only (another account's notice is neither shown nor marked).
 */
public interface Inbox {
    /** How many of the signed-in account's notices are unread. */
    long unreadCount();

    /** The signed-in account's {@code limit} latest notices, newest first, read or not. */
    List<Item> latest(int limit);

    /** Marks the notice read if it is the signed-in account's; false when it is not theirs (or does not exist). */
    boolean markRead(long noticeId);

    /** Marks every unread notice of the signed-in account read; returns how many. */
    int markAllRead();

    /**
     * One notice as a translation key and its arguments (shown in the reader's language), with an optional route
     * inside the application (e.g. {@code "privacy/requests?bucket=OVERDUE"}).
     */
    record Item(long id, String messageKey, List<String> arguments, @Nullable String link, Instant createdAt,
                @Nullable Instant readAt) {
        public Item {
            arguments = List.copyOf(arguments);
        }

        public boolean unread() {
            return readAt == null;
        }
    }
}
