package be.classeur.accounts;

import be.classeur.kernel.PersonKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.jspecify.annotations.Nullable;
import org.hibernate.type.SqlTypes;

/**
 * An in-app notice to one account, listed under the bell ({@link be.classeur.kernel.Inbox}). Either a general notice
 * (a translation key, its arguments and an optional link: the privacy officer's morning alerts, counts only), or a
 * notice to a trainer (GDPR art. 19): a pupil of their group, or a guardian of one, was rectified, erased or
 * restricted; it says only the kind of change, the pupil's name as the trainer knows it (none once the pupil is
 * erased) and the group, and is also shown once in a dialog after sign-in.
 */
@Entity
@Table(name = "recipient_notice")
class RecipientNotice {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_id", nullable = false)
    private Long accountId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "change_kind", length = 20)
    private RecipientNotices.Change change;

    /** The person whose data changed: the pupil, or a guardian of the pupil. */
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "subject_kind", length = 12)
    private PersonKind subjectKind;

    @Column(name = "subject_id")
    private Long subjectId;

    /** The pupil the trainer knows, named in the notice. */
    @Column(name = "pupil_id")
    private Long pupilId;

    /** The pupil's name as the roster shows it; null when the pupil is (or has since been) erased. */
    @Column(name = "pupil_name", length = 170)
    private String pupilName;

    @Column(name = "group_name", length = 120)
    private String groupName;

    /** A general notice's translation key; null for a trainer's notice (its key follows from the change). */
    @Column(name = "message_key", length = 120)
    private String messageKey;

    /** A general notice's arguments, separated by {@link #SEPARATOR}; never a data subject's name. */
    @Column(name = "message_args", length = 1000)
    private String messageArgs;

    /** A route inside the application, or null. */
    @Column(length = 300)
    private String link;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    /** Between the arguments of a general notice (a control character, never typed in a figure or a route). */
    static final String SEPARATOR = "\u001f";

    protected RecipientNotice() {
    }

    /** A general notice. */
    static RecipientNotice general(Long accountId, String messageKey, List<String> arguments, @Nullable String link,
                                   Instant createdAt) {
        RecipientNotice notice = new RecipientNotice();
        notice.accountId = accountId;
        notice.messageKey = messageKey;
        notice.messageArgs = String.join(SEPARATOR, arguments);
        notice.link = link;
        notice.createdAt = createdAt;
        return notice;
    }

    RecipientNotice(Long accountId, RecipientNotices.Change change, PersonKind subjectKind, Long subjectId, Long pupilId,
                    String pupilName, String groupName, Instant createdAt) {
        this.accountId = accountId;
        this.change = change;
        this.subjectKind = subjectKind;
        this.subjectId = subjectId;
        this.pupilId = pupilId;
        this.pupilName = pupilName;
        this.groupName = groupName;
        this.createdAt = createdAt;
    }

    void markRead(Instant now) {
        readAt = now;
    }

    Long getId() { return id; }
    Long getAccountId() { return accountId; }
    RecipientNotices.Change getChange() { return change; }
    PersonKind getSubjectKind() { return subjectKind; }
    Long getSubjectId() { return subjectId; }
    Long getPupilId() { return pupilId; }
    String getPupilName() { return pupilName; }
    String getGroupName() { return groupName; }
    Instant getCreatedAt() { return createdAt; }
    Instant getReadAt() { return readAt; }
    @Nullable String getMessageKey() { return messageKey; }
    @Nullable String getLink() { return link; }

    List<String> getArguments() {
        return messageArgs == null || messageArgs.isEmpty() ? List.of() : List.of(messageArgs.split(SEPARATOR, -1));
    }
}
