package be.classeur.retention;

import be.classeur.kernel.PersonKind;
import java.util.Map;

/**
 * What a purge run would do now, by kind of person, without writing anything: erase ({@code wouldPurge}), skip for a
 * legal hold ({@code held}) or for a newer contact ({@code newerContact}). Dismissed and purged people are not counted.
 */
public record DryRun(Map<PersonKind, Long> wouldPurge, Map<PersonKind, Long> held, Map<PersonKind, Long> newerContact) {
    public DryRun {
        wouldPurge = Map.copyOf(wouldPurge);
        held = Map.copyOf(held);
        newerContact = Map.copyOf(newerContact);
    }

    public long totalWouldPurge() {
        return wouldPurge.values().stream().mapToLong(Long::longValue).sum();
    }

    public long totalHeld() {
        return held.values().stream().mapToLong(Long::longValue).sum();
    }

    public long totalNewerContact() {
        return newerContact.values().stream().mapToLong(Long::longValue).sum();
    }
}
