package be.classeur.consent;

import be.classeur.consent.domain.ConsentRecord;
import be.classeur.consent.domain.ConsentRecordRepository;
import be.classeur.kernel.DataSubjectRef;
import be.classeur.kernel.PersonKind;
import be.classeur.kernel.PersonalDataHandler;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The consent module's part of the personal-data contract: the person's consent records (and, for a guardian, the
 * choices they made for their children). Erasure deletes the person's records: a consent proves nothing about someone
 * no longer in the records. Restriction has nothing to switch here: the news audience reads it from people.
 */
@Component
class ConsentPersonalData implements PersonalDataHandler {
    static final String PART = "consent";

    private final ConsentRecordRepository records;

    ConsentPersonalData(ConsentRecordRepository records) {
        this.records = records;
    }

    @Override
    @PreAuthorize("hasRole('PRIVACY_OFFICER')")
    public String part() {
        return PART;
    }

    @Override
    @PreAuthorize("hasRole('PRIVACY_OFFICER')")
    public Set<Class<?>> coverage() {
        return Set.of(ConsentRecord.class);
    }

    @Override
    @PreAuthorize("hasRole('PRIVACY_OFFICER')")
    @Transactional(readOnly = true)
    public Holdings describe(DataSubjectRef subject) {
        List<String> held = new ArrayList<>();
        if (records.countByPersonKindAndPersonId(subject.kind(), subject.id()) > 0) {
            held.add("privacy.held.consent.records");
        }
        if (subject.kind() == PersonKind.GUARDIAN && !records.findByGuardianIdOrderByIdDesc(subject.id()).isEmpty()) {
            held.add("privacy.held.consent.givenForChildren");
        }
        return new Holdings(PART, held, List.of());
    }

    @Override
    @PreAuthorize("hasRole('PRIVACY_OFFICER')")
    @Transactional(readOnly = true)
    public Map<String, Object> export(DataSubjectRef subject) {
        Map<String, Object> out = new LinkedHashMap<>();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (ConsentRecord r : records.findByPersonKindAndPersonIdOrderByIdDesc(subject.kind(), subject.id())) {
            rows.add(row(r));
        }
        out.put("consents", rows);
        if (subject.kind() == PersonKind.GUARDIAN) {
            List<Map<String, Object>> forChildren = new ArrayList<>();
            for (ConsentRecord r : records.findByGuardianIdOrderByIdDesc(subject.id())) {
                Map<String, Object> row = row(r);
                row.put("pupilId", r.getPersonId());
                forChildren.add(row);
            }
            out.put("consentsGivenForChildren", forChildren);
        }
        return out;
    }

    private static Map<String, Object> row(ConsentRecord r) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("purpose", r.getPurpose());
        row.put("consentStatus", r.getStatus().name());
        row.put("givenOn", r.getGivenOn());
        row.put("consentChannel", r.getChannel().name());
        row.put("requestId", r.getRequestId());
        row.put("policyVersion", r.getPolicyVersion());
        row.put("giver", r.getGivenBy().name());
        row.put("guardianRelationship", r.getGuardianRelationship() == null ? null : r.getGuardianRelationship().name());
        row.put("evidenceNote", r.getEvidenceNote());
        // Staff by role, as every export: the privacy export maps "…By" login fields to the account's roles.
        row.put("recordedBy", r.getRecordedBy());
        row.put("recordedAt", r.getRecordedAt());
        return row;
    }

    @Override
    @PreAuthorize("hasRole('PRIVACY_OFFICER')")
    @Transactional
    public void anonymise(DataSubjectRef subject, String pseudonym) {
        records.deleteByPersonKindAndPersonId(subject.kind(), subject.id());
    }

    @Override
    @PreAuthorize("hasRole('PRIVACY_OFFICER')")
    public void restrict(DataSubjectRef subject, boolean restricted) {
        // Nothing to switch: the news audience leaves restricted people out through people's own flag.
    }
}
