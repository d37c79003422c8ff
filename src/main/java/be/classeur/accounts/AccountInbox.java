package be.classeur.accounts;

import be.classeur.kernel.Inbox;
import be.classeur.kernel.LoginNotices;
import java.time.Clock;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The bell's notices for the signed-in account. The account is always the signed-in one, never a parameter, and
 * marking a notice read names the account in the update itself: one account cannot read or mark another's.
 */
@Service
@Transactional(readOnly = true)
public class AccountInbox implements Inbox {
    /** The most the bell lists; older notices stay in the table until their account is erased. */
    public static final int MAX_LISTED = 50;

    private final RecipientNoticeRepository notices;
    private final Clock clock;

    AccountInbox(RecipientNoticeRepository notices, Clock clock) {
        this.notices = notices;
        this.clock = clock;
    }

    @Override
    @PreAuthorize("isAuthenticated()")
    public long unreadCount() {
        return me().map(notices::countByAccountIdAndReadAtIsNull).orElse(0L);
    }

    @Override
    @PreAuthorize("isAuthenticated()")
    public List<Item> latest(int limit) {
        int size = Math.clamp(limit, 1, MAX_LISTED);
        return me().map(id -> notices.findByAccountIdOrderByCreatedAtDescIdDesc(id, PageRequest.of(0, size)).stream()
                .map(AccountInbox::item).toList()).orElse(List.of());
    }

    @Override
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public boolean markRead(long noticeId) {
        return me().map(id -> notices.markRead(noticeId, id, clock.instant()) > 0
                || notices.existsByIdAndAccountId(noticeId, id)).orElse(false);
    }

    @Override
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public int markAllRead() {
        return me().map(id -> notices.markAllRead(id, clock.instant())).orElse(0);
    }

    private static java.util.Optional<Long> me() {
        return AccountService.currentUser().map(ClasseurUser::accountId);
    }

    static Item item(RecipientNotice n) {
        if (n.getMessageKey() != null) {
            return new Item(n.getId(), n.getMessageKey(), n.getArguments(), n.getLink(), n.getCreatedAt(), n.getReadAt());
        }
        LoginNotices.Notice text = RecipientNotices.notice(n);
        return new Item(n.getId(), text.messageKey(), text.arguments(), null, n.getCreatedAt(), n.getReadAt());
    }
}
