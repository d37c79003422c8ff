package be.classeur.accounts;

import be.classeur.kernel.DataSubjectRef;
import be.classeur.kernel.PersonKind;
import be.classeur.kernel.PersonalDataHandler;
import be.classeur.kernel.Roles;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The notices to trainers (art. 19) as personal data: a notice names a pupil and says what happened to them or to a
 * guardian of theirs. The export lists which recipients (by role) were told what and when; erasing a pupil removes
 * their name from every notice (the notice then says "a pupil of your group"); erasing a trainer deletes the notices
 * addressed to their accounts. The general notices (the privacy officers' morning alerts) hold counts only, never a
 * person: erasing a trainer deletes them with the rest of their accounts' notices. Called only by the privacy
 * module's service, hence the privacy-officer check.
 */
@Component
public class RecipientNoticesPersonalData implements PersonalDataHandler {
    static final String PART = "notices";

    private final RecipientNoticeRepository notices;
    private final UserAccountRepository accounts;

    RecipientNoticesPersonalData(RecipientNoticeRepository notices, UserAccountRepository accounts) {
        this.notices = notices;
        this.accounts = accounts;
    }

    @Override
    @PreAuthorize(PersonalDataHandler.CALLERS)
    public String part() {
        return PART;
    }

    @Override
    @PreAuthorize(PersonalDataHandler.CALLERS)
    public Set<Class<?>> coverage() {
        return Set.of(RecipientNotice.class);
    }

    @Override
    @PreAuthorize(PersonalDataHandler.CALLERS)
    @Transactional(readOnly = true)
    public Holdings describe(DataSubjectRef subject) {
        if (notices.findConcerning(subject.kind(), subject.id()).isEmpty()) {
            return new Holdings(PART, List.of(), List.of());
        }
        return new Holdings(PART, List.of("privacy.held.notices.notices"), List.of());
    }

    @Override
    @PreAuthorize(PersonalDataHandler.CALLERS)
    @Transactional(readOnly = true)
    public Map<String, Object> export(DataSubjectRef subject) {
        Map<String, Object> out = new LinkedHashMap<>();
        List<Map<String, Object>> rows = notices.findConcerning(subject.kind(), subject.id()).stream().map(n -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("createdAt", n.getCreatedAt());
            row.put("change", n.getChange().name());
            row.put("recipientRole", Roles.TRAINER);
            row.put("group", n.getGroupName());
            row.put("readAt", n.getReadAt());
            return row;
        }).toList();
        if (!rows.isEmpty()) {
            out.put("recipientNotices", rows);
        }
        return out;
    }

    @Override
    @PreAuthorize(PersonalDataHandler.CALLERS)
    @Transactional
    public void anonymise(DataSubjectRef subject, String pseudonym) {
        if (subject.kind() == PersonKind.PUPIL) {
            notices.forgetPupilName(subject.id());
        } else if (subject.kind() == PersonKind.TRAINER) {
            List<Long> accountIds = accounts.findByTrainerIdOrderById(subject.id()).stream().map(UserAccount::getId).toList();
            if (!accountIds.isEmpty()) {
                notices.deleteForAccounts(accountIds);
            }
        }
    }

    /** A notice is the trace of having told a recipient; restriction does not change it. */
    @Override
    @PreAuthorize(PersonalDataHandler.CALLERS)
    public void restrict(DataSubjectRef subject, boolean restricted) {
        // Nothing to switch here.
    }
}
