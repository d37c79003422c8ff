package be.classeur.erasure;

import be.classeur.kernel.DataSubjectRef;
import be.classeur.kernel.LegalHolds;
import be.classeur.kernel.PersonalDataHandler;
import be.classeur.kernel.audit.PersonalDataChanged;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Erases, restricts, previews and exports one person's data in every module, through every
 * {@link PersonalDataHandler} in their declared order (a handler that must read the person before the others erase
 * them, such as the suppression list, comes first). A legal hold in force ({@link LegalHolds}) blocks the erasure,
 * whoever asks: a rights request or the retention purge. Callers are the privacy officer and the retention purge job,
 * as for the handlers themselves; each erasure and restriction leaves an audit line naming its cause.
 */
@Service
@Transactional(readOnly = true)
public class Erasure {
    private final List<PersonalDataHandler> handlers;
    private final List<LegalHolds> holds;
    private final ApplicationEventPublisher events;

    Erasure(List<PersonalDataHandler> handlers, List<LegalHolds> holds, ApplicationEventPublisher events) {
        this.handlers = List.copyOf(handlers);
        this.holds = List.copyOf(holds);
        this.events = events;
    }

    /** What each module holds about the person, and what erasure must keep and why: the erasure preview. */
    @PreAuthorize(PersonalDataHandler.CALLERS)
    public List<PersonalDataHandler.Holdings> preview(DataSubjectRef subject) {
        return handlers.stream().map(h -> h.describe(subject)).toList();
    }

    /** What erasure keeps about the person, and why, without repeats (for the completion letter). */
    @PreAuthorize(PersonalDataHandler.CALLERS)
    public List<PersonalDataHandler.Retained> kept(DataSubjectRef subject) {
        return handlers.stream().flatMap(h -> h.describe(subject).retained().stream()).distinct().toList();
    }

    /** The legal hold in force on the person today, if any. */
    @PreAuthorize(PersonalDataHandler.CALLERS)
    public Optional<LegalHolds.Hold> holdOn(DataSubjectRef subject) {
        return holds.stream().flatMap(h -> h.activeOn(subject).stream()).findFirst();
    }

    /** Refuses when a legal hold is in force on the person; asked before anything of an erasure is done. */
    @PreAuthorize(PersonalDataHandler.CALLERS)
    public void requireNoHold(DataSubjectRef subject) {
        Optional<LegalHolds.Hold> hold = holdOn(subject);
        if (hold.isPresent()) {
            throw new LegalHoldException(subject, hold.get());
        }
    }

    /**
     * Erases the person in every module, keeping only what the law requires, under {@code pseudonym}; in the caller's
     * transaction, so either every module is erased or none. Refused under a legal hold. {@code cause} says why in the
     * audit line, e.g. "request 12" or "retention purge".
     */
    @PreAuthorize(PersonalDataHandler.CALLERS)
    @Transactional
    public void erase(DataSubjectRef subject, String pseudonym, String cause) {
        requireNoHold(subject);
        for (PersonalDataHandler handler : handlers) {
            handler.anonymise(subject, pseudonym);
        }
        events.publishEvent(new PersonalDataChanged(subject, "ERASED", cause + " as " + pseudonym));
    }

    /** Switches the restriction of processing (art. 18) on or off for the person in every module. Audited. */
    @PreAuthorize(PersonalDataHandler.CALLERS)
    @Transactional
    public void restrict(DataSubjectRef subject, boolean on, String cause) {
        for (PersonalDataHandler handler : handlers) {
            handler.restrict(subject, on);
        }
        events.publishEvent(new PersonalDataChanged(subject, on ? "RESTRICTED" : "RESTRICTION_LIFTED", cause));
    }

    /** Every module's part of the person's export, by part name, in the handlers' order. Not audited here. */
    @PreAuthorize(PersonalDataHandler.CALLERS)
    public Map<String, Map<String, Object>> export(DataSubjectRef subject) {
        Map<String, Map<String, Object>> parts = new LinkedHashMap<>();
        for (PersonalDataHandler handler : handlers) {
            Map<String, Object> part = handler.export(subject);
            parts.put(handler.part(), part == null ? Map.of() : part);
        }
        return parts;
    }
}
