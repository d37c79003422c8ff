package be.classeur.kernel;

import java.util.List;

/**
 * Notices the signed-in user must see once, at their next visit after sign-in (e.g. a trainer told that a pupil's data
 * was rectified, erased or restricted, GDPR art. 19), in a dialog. They are notices of the {@link Inbox} like any
 * other and stay in the bell's list once read. Implemented by the accounts module; the shell knows only this interface.
 */
public interface LoginNotices {
    /** The signed-in user's unread notices, oldest first, marked read by this call: each is shown once. */
    List<Notice> takeUnread();

    /** One notice as a translation key and its arguments, so that it is shown in the reader's language. */
    record Notice(String messageKey, List<String> arguments) {
        public Notice {
            arguments = List.copyOf(arguments);
        }
    }
}
