package be.classeur.accounts;

import be.classeur.kernel.SystemJob;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the morning alerts job may do with accounts, and nothing else: list the enabled privacy officers (language
 * and e-mail address, for the digest), claim an officer's morning once, and write general notices to them.
 */
@Service
public class PrivacyOfficerNotices {
    static final String JOB = SystemJob.ONLY + SystemJob.MORNING_ALERTS + "'";

    /** An enabled privacy officer's account: where and in which language to write. */
    public record Officer(long accountId, Locale locale, @Nullable String email) {
    }

    /** One general notice: a translation key, its arguments (counts, never a name) and a route inside the app. */
    public record Draft(String messageKey, List<String> arguments, @Nullable String link) {
        public Draft {
            arguments = List.copyOf(arguments);
        }
    }

    private final UserAccountRepository accounts;
    private final RecipientNoticeRepository notices;
    private final JdbcClient jdbc;
    private final Clock clock;

    PrivacyOfficerNotices(UserAccountRepository accounts, RecipientNoticeRepository notices, JdbcClient jdbc, Clock clock) {
        this.accounts = accounts;
        this.notices = notices;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @PreAuthorize(JOB)
    @Transactional(readOnly = true)
    public List<Officer> privacyOfficers() {
        return accounts.findEnabledWithRole(Role.PRIVACY_OFFICER).stream()
                .map(a -> new Officer(a.getId(), Locale.forLanguageTag(a.getLocale()), a.getEmail()))
                .toList();
    }

    /**
     * Records that the account's alerts of {@code day} are being sent: true the first time only, also when another
     * instance or a restarted one tries the same day (the table's primary key decides). In its own transaction, so
     * that the claim stands even if sending fails afterwards: an officer gets at most one digest a day.
     */
    @PreAuthorize(JOB)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public boolean claimMorning(long accountId, LocalDate day) {
        try {
            return jdbc.sql("insert into morning_alert_sent (account_id, sent_on, sent_at) values (?, ?, ?)")
                    .params(accountId, day, java.sql.Timestamp.from(clock.instant())).update() == 1;
        } catch (DuplicateKeyException alreadySent) {
            return false;
        }
    }

    /**
     * The morning's notices to one officer, written together with the day's claim in one transaction of their own:
     * either both stand (and the digest may go) or neither (the next run tries again). False when the day was
     * already claimed.
     */
    @PreAuthorize(JOB)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public boolean notifyOnce(long accountId, LocalDate day, List<Draft> drafts) {
        try {
            jdbc.sql("insert into morning_alert_sent (account_id, sent_on, sent_at) values (?, ?, ?)")
                    .params(accountId, day, java.sql.Timestamp.from(clock.instant())).update();
        } catch (DuplicateKeyException alreadySent) {
            return false;
        }
        write(accountId, drafts);
        return true;
    }

    @PreAuthorize(JOB)
    @Transactional
    public void write(long accountId, List<Draft> drafts) {
        var now = clock.instant();
        notices.saveAll(drafts.stream()
                .map(d -> RecipientNotice.general(accountId, d.messageKey(), d.arguments(), d.link(), now))
                .toList());
    }
}
