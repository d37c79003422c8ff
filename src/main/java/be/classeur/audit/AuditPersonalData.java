package be.classeur.audit;

import be.classeur.kernel.DataSubjectRef;
import be.classeur.kernel.PersonalDataHandler;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit module's part of the personal-data contract: the audit lines about the subject, i.e. who opened or
 * changed their record and when; the access export gives each line's moment, action and the role of who acted, never
 * an account, a login or the line's free text. Erasure keeps every line (the accountability trail) but clears their free-text
 * detail, the only column that may repeat a name, an e-mail or a phone number; the audit module does not know the
 * person's identifiers, so it clears every detail about the subject rather than guessing which ones quote them.
 * Who acted is stored as an account id and roles, never as a login name, so the pseudonymisation of an erased
 * trainer's login (accounts module) loses nothing here. Called only by the privacy module's service, hence the privacy-officer check.
 */
@Component
public class AuditPersonalData implements PersonalDataHandler {
    static final String PART = "audit";
    static final String RETAINED_AUDIT_TRAIL = "privacy.retained.auditTrail";

    private final AuditEntryRepository entries;

    AuditPersonalData(AuditEntryRepository entries) {
        this.entries = entries;
    }

    @Override
    @PreAuthorize(PersonalDataHandler.CALLERS)
    public String part() {
        return PART;
    }

    @Override
    @PreAuthorize(PersonalDataHandler.CALLERS)
    public Set<Class<?>> coverage() {
        return Set.of(AuditEntry.class);
    }

    @Override
    @PreAuthorize(PersonalDataHandler.CALLERS)
    @Transactional(readOnly = true)
    public Holdings describe(DataSubjectRef subject) {
        if (linesAbout(subject).isEmpty()) {
            return new Holdings(PART, List.of(), List.of());
        }
        // The lines stay (kept), only their free-text detail goes (erased): the preview must not list the lines as erased.
        return new Holdings(PART, List.of("privacy.held.audit.details"),
                List.of(new Retained("privacy.held.audit.lines", RETAINED_AUDIT_TRAIL)));
    }

    @Override
    @PreAuthorize(PersonalDataHandler.CALLERS)
    @Transactional(readOnly = true)
    public Map<String, Object> export(DataSubjectRef subject) {
        List<Map<String, Object>> lines = linesAbout(subject).stream().map(e -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("occurredAt", e.occurredAt());
            // Who acted, by role only (CJEU C-579/21): the roles stored with the line, or the stored text of jobs and
            // of lines older than the account columns (which the export then maps through the accounts' roles).
            if (e.actorAccountId() != null && e.actorRoles() != null) {
                row.put("actorRoles", e.actorRoles());
            } else {
                row.put("actor", e.actor());
            }
            row.put("action", e.action());
            // No free-text detail: it may name staff ("to <login>" on an assignment, a trainer's number on a refusal)
            // or other people (a child on a representative's line); when, what and by which role is the art. 15 answer.
            return row;
        }).toList();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("auditLines", lines);
        return out;
    }

    @Override
    @PreAuthorize(PersonalDataHandler.CALLERS)
    @Transactional
    public void anonymise(DataSubjectRef subject, String pseudonym) {
        entries.clearDetailsAbout(subject.kind().name(), subject.id());
    }

    /** Nothing to restrict: the audit log is written, never used for processing about the subject. */
    @Override
    @PreAuthorize(PersonalDataHandler.CALLERS)
    public void restrict(DataSubjectRef subject, boolean restricted) {
        // The audit trail must keep recording accesses, restricted or not.
    }

    private List<AuditEntry> linesAbout(DataSubjectRef subject) {
        return entries.findBySubjectKindAndSubjectIdOrderByOccurredAtAscIdAsc(subject.kind(), subject.id());
    }
}
