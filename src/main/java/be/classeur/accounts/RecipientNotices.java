package be.classeur.accounts;

import be.classeur.kernel.DataSubjectRef;
import be.classeur.kernel.LoginNotices;
import be.classeur.kernel.PersonKind;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * In-app notices to trainers about the pupils of their groups (GDPR art. 19: recipients are told of a rectification,
 * erasure or restriction). The privacy module says whom to tell; each of the trainer's enabled accounts gets the
 * notice, shown once in a dialog after the next sign-in ({@link LoginNotices}) and kept in the bell's list
 * ({@link AccountInbox}), the one notice mechanism of every account.
 */
@Service
@Transactional(readOnly = true)
public class RecipientNotices implements LoginNotices {
    /** What happened to the person, as the notice says it. */
    public enum Change { RECTIFIED, ERASED, RESTRICTED }

    /**
     * One notice to write: to {@code trainerId}'s accounts, about {@code subject} (the pupil, or a guardian of the pupil
     * {@code pupilId}), naming the pupil as {@code pupilName} (null: "a pupil of your group") and the group.
     */
    public record Draft(long trainerId, Change change, DataSubjectRef subject, long pupilId, String pupilName,
                        String groupName) {
        public Draft {
            Objects.requireNonNull(change, "change");
            Objects.requireNonNull(subject, "subject");
            Objects.requireNonNull(groupName, "groupName");
        }
    }

    private final RecipientNoticeRepository notices;
    private final UserAccountRepository accounts;
    private final Clock clock;

    RecipientNotices(RecipientNoticeRepository notices, UserAccountRepository accounts, Clock clock) {
        this.notices = notices;
        this.accounts = accounts;
        this.clock = clock;
    }

    /**
     * Writes the notices. A trainer without an enabled account cannot be told in the application.
     *
     * @return the trainers (by trainer record id) who were told, in the drafts' order
     */
    @PreAuthorize("hasRole('PRIVACY_OFFICER')")
    @Transactional
    public Set<Long> tell(List<Draft> drafts) {
        Instant now = clock.instant();
        Set<Long> told = new LinkedHashSet<>();
        List<RecipientNotice> written = new ArrayList<>();
        // The trainers' accounts in one query, whatever the number of pupils and trainers concerned.
        Map<Long, List<UserAccount>> accountsOf = accounts.findByTrainerIdInOrderById(
                        drafts.stream().map(Draft::trainerId).distinct().toList()).stream()
                .collect(Collectors.groupingBy(UserAccount::getTrainerId));
        for (Draft draft : drafts) {
            for (UserAccount account : accountsOf.getOrDefault(draft.trainerId(), List.of())) {
                if (!account.isEnabled()) {
                    continue;
                }
                // An erased pupil is never named, not even to the trainers who knew them.
                String name = draft.change() == Change.ERASED && draft.subject().kind() == PersonKind.PUPIL ? null : draft.pupilName();
                written.add(new RecipientNotice(account.getId(), draft.change(), draft.subject().kind(), draft.subject().id(),
                        draft.pupilId(), name, draft.groupName(), now));
                told.add(draft.trainerId());
            }
        }
        notices.saveAll(written);
        return told;
    }

    @Override
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public List<Notice> takeUnread() {
        // Notices are written only to the accounts of trainers: no query on the other users' navigations.
        ClasseurUser user = AccountService.currentUser().orElse(null);
        if (user == null || user.trainerId() == null) {
            return List.of();
        }
        long accountId = user.accountId();
        Instant now = clock.instant();
        List<Notice> shown = new ArrayList<>();
        for (RecipientNotice notice : notices.findByAccountIdAndChangeIsNotNullAndReadAtIsNullOrderByCreatedAtAscIdAsc(accountId)) {
            shown.add(notice(notice));
            notice.markRead(now);
        }
        return shown;
    }

    /** The text: the kind of change and the pupil's name, or, once the pupil is erased, only the group. */
    static Notice notice(RecipientNotice n) {
        String who = n.getPupilName() == null ? "unnamed" : n.getSubjectKind() == PersonKind.PUPIL ? "pupil" : "guardian";
        return new Notice("accounts.notice." + n.getChange().name() + "." + who,
                List.of(n.getPupilName() == null ? "" : n.getPupilName(), n.getGroupName()));
    }
}
