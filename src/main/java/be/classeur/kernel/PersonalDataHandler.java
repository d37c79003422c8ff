package be.classeur.kernel;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The personal-data contract every module that stores personal data implements, so that access requests,
 * erasure, retention and restriction reach every table, including tables added later. The erasure module iterates
 * over all handlers, for the privacy module's rights requests and the retention module's purge alike: the export, the
 * erasure preview, the erasure and the restriction are one loop.
 */
public interface PersonalDataHandler {

    /**
     * Who may call a handler: the privacy officer (rights requests, a purge confirmed by hand) and the retention purge
     * job when the officer lets it purge on its own. Every handler method checks it.
     */
    String CALLERS = "hasRole('PRIVACY_OFFICER') or (" + SystemJob.ONLY + SystemJob.RETENTION_PURGE + "')";

    /** A short, stable name of the module's part, e.g. "people", "courses", "audit". */
    String part();

    /**
     * The JPA entities whose rows this handler answers for in the export, the erasure and the restriction (or keeps
     * with a reason). The personal-data contract test reads it: an entity holding personal data that no handler
     * covers fails the build, so a table added later cannot be forgotten.
     */
    Set<Class<?>> coverage();

    /** What this module holds about the subject, and what must be kept on erasure and why. */
    Holdings describe(DataSubjectRef subject);

    /** The module's part of the access / portability export: plain values (strings, numbers, dates, lists, maps). */
    Map<String, Object> export(DataSubjectRef subject);

    /** Erases or pseudonymises the module's part, keeping only what the law requires (as a pseudonymous trace). */
    void anonymise(DataSubjectRef subject, String pseudonym);

    /** Switches processing restriction (art. 18) on or off for the subject in this module. */
    void restrict(DataSubjectRef subject, boolean restricted);

    /** One module's holdings: what it stores and what it must keep with the legal reason, all as translation keys. */
    record Holdings(String part, List<String> held, List<Retained> retained) {
        public boolean isEmpty() {
            return held.isEmpty() && retained.isEmpty();
        }
    }

    /** Something erasure must keep (translation key) and why (translation key), e.g. accounting records under Belgian law. */
    record Retained(String what, String reasonKey) {
    }
}
