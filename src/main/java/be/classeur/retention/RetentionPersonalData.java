package be.classeur.retention;

import be.classeur.kernel.DataSubjectRef;
import be.classeur.kernel.PersonalDataHandler;
import be.classeur.retention.domain.LegalHold;
import be.classeur.retention.domain.LegalHoldRepository;
import be.classeur.retention.domain.RetentionDate;
import be.classeur.retention.domain.RetentionDateRepository;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Retention's part of the personal-data contract: the person's retention date and their legal holds. Erasure deletes
 * both: the date means nothing once the person is erased, and a hold's reason is free text about them (a hold in force
 * blocks the erasure, so only lifted or expired holds are left by then).
 */
@Component
class RetentionPersonalData implements PersonalDataHandler {
    static final String PART = "retention";

    private final RetentionDateRepository dates;
    private final LegalHoldRepository holds;
    private final Clock clock;

    RetentionPersonalData(RetentionDateRepository dates, LegalHoldRepository holds, Clock clock) {
        this.dates = dates;
        this.holds = holds;
        this.clock = clock;
    }

    @Override
    @PreAuthorize(CALLERS)
    public String part() {
        return PART;
    }

    @Override
    @PreAuthorize(CALLERS)
    public Set<Class<?>> coverage() {
        return Set.of(RetentionDate.class, LegalHold.class);
    }

    @Override
    @PreAuthorize(CALLERS)
    @Transactional(readOnly = true)
    public Holdings describe(DataSubjectRef subject) {
        List<String> held = new ArrayList<>();
        if (date(subject).isPresent()) {
            held.add("retention.held.date");
        }
        if (!holdsOf(subject).isEmpty()) {
            held.add("retention.held.holds");
        }
        return new Holdings(PART, held, List.of());
    }

    @Override
    @PreAuthorize(CALLERS)
    @Transactional(readOnly = true)
    public Map<String, Object> export(DataSubjectRef subject) {
        Map<String, Object> out = new LinkedHashMap<>();
        date(subject).ifPresent(d -> {
            Map<String, Object> date = new LinkedHashMap<>();
            date.put("countedFrom", d.getLastContact());
            date.put("ownLimit", d.getOwnLimit());
            date.put("keptUntil", d.getKeepUntil());
            date.put("keptByFamily", d.getKeptById() != null);
            out.put("retentionDate", date);
        });
        LocalDate today = LocalDate.now(clock);
        List<Map<String, Object>> rows = holdsOf(subject).stream().map(h -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("reason", h.getReason());
            row.put("until", h.getUntilDate());
            row.put("placedAt", h.getPlacedAt());
            row.put("liftedAt", h.getLiftedAt());
            row.put("inForce", h.activeOn(today));
            return row;
        }).toList();
        if (!rows.isEmpty()) {
            out.put("legalHolds", rows);
        }
        return out;
    }

    @Override
    @PreAuthorize(CALLERS)
    @Transactional
    public void anonymise(DataSubjectRef subject, String pseudonym) {
        dates.deleteByPersonKindAndPersonId(subject.kind(), subject.id());
        holds.deleteByPersonKindAndPersonId(subject.kind(), subject.id());
    }

    /** Nothing to restrict: the date and the holds are what keeps (or ends) the data, not a use of it. */
    @Override
    @PreAuthorize(CALLERS)
    public void restrict(DataSubjectRef subject, boolean restricted) {
        // The retention date keeps counting under restriction: art. 18 does not extend the retention period.
    }

    private Optional<RetentionDate> date(DataSubjectRef subject) {
        return dates.findByPersonKindAndPersonId(subject.kind(), subject.id());
    }

    private List<LegalHold> holdsOf(DataSubjectRef subject) {
        return holds.findByPersonKindAndPersonIdOrderByPlacedAtDescIdDesc(subject.kind(), subject.id());
    }
}
