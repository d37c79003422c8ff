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
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A notice to one trainer account (GDPR art. 19): a pupil of their group, or a guardian of one, was rectified, erased
 * or restricted. It says only the kind of change, the pupil's name as the trainer knows it (none once the pupil is
 * erased) and the group. Shown once, then marked read.
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
    @Column(name = "change_kind", nullable = false, length = 20)
    private RecipientNotices.Change change;

    /** The person whose data changed: the pupil, or a guardian of the pupil. */
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "subject_kind", nullable = false, length = 12)
    private PersonKind subjectKind;

    @Column(name = "subject_id", nullable = false)
    private Long subjectId;

    /** The pupil the trainer knows, named in the notice. */
    @Column(name = "pupil_id", nullable = false)
    private Long pupilId;

    /** The pupil's name as the roster shows it; null when the pupil is (or has since been) erased. */
    @Column(name = "pupil_name", length = 170)
    private String pupilName;

    @Column(name = "group_name", nullable = false, length = 120)
    private String groupName;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    protected RecipientNotice() {
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
}
