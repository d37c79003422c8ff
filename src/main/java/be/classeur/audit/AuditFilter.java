package be.classeur.audit;

import be.classeur.kernel.DataSubjectRef;
import be.classeur.kernel.PersonKind;
import java.time.LocalDate;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What the privacy officer keeps of the audit log. Every part is optional: {@code account} keeps the lines of one
 * account, {@code systemJobs} those of the application's own jobs (no account); {@code role} the lines whose actor held
 * that role; {@code people} the lines about these people (null: anyone; empty: nobody matched the name searched, so
 * no line); {@code actions} these actions (empty: all); {@code from}..{@code to} the days, inclusive, in Brussels time;
 * {@code personKind} the lines about any person of that kind (with no name typed in the person filter).
 */
public record AuditFilter(@Nullable Long account, boolean systemJobs, @Nullable String role,
                          @Nullable Set<DataSubjectRef> people, Set<String> actions, @Nullable LocalDate from,
                          @Nullable LocalDate to, @Nullable PersonKind personKind) {
    public AuditFilter {
        actions = Set.copyOf(actions);
        people = people == null ? null : Set.copyOf(people);
    }

    public AuditFilter(@Nullable Long account, boolean systemJobs, @Nullable String role,
                       @Nullable Set<DataSubjectRef> people, Set<String> actions, @Nullable LocalDate from,
                       @Nullable LocalDate to) {
        this(account, systemJobs, role, people, actions, from, to, null);
    }

    public AuditFilter withPersonKind(@Nullable PersonKind kind) {
        return new AuditFilter(account, systemJobs, role, people, actions, from, to, kind);
    }

    public static AuditFilter all() {
        return new AuditFilter(null, false, null, null, Set.of(), null, null);
    }

    public AuditFilter withActions(Set<String> chosen) {
        return new AuditFilter(account, systemJobs, role, people, chosen, from, to, personKind);
    }

    public AuditFilter withPeople(@Nullable Set<DataSubjectRef> chosen) {
        return new AuditFilter(account, systemJobs, role, chosen, actions, from, to, personKind);
    }

    public AuditFilter withPeriod(@Nullable LocalDate first, @Nullable LocalDate last) {
        return new AuditFilter(account, systemJobs, role, people, actions, first, last, personKind);
    }

    public AuditFilter withAccount(@Nullable Long chosen, boolean system) {
        return new AuditFilter(chosen, system, role, people, actions, from, to, personKind);
    }

    public AuditFilter withRole(@Nullable String chosen) {
        return new AuditFilter(account, systemJobs, chosen, people, actions, from, to, personKind);
    }

    /**
     * The filter in words for the audit line of an export: the people as references, never the name that was typed
     * (that line concerns no subject, so an erasure would not clear a name left in it).
     */
    String describe() {
        StringBuilder text = new StringBuilder("filter");
        if (account != null) {
            text.append(" account #").append(account);
        }
        if (systemJobs) {
            text.append(" system jobs");
        }
        if (role != null) {
            text.append(" role ").append(role);
        }
        if (people != null) {
            text.append(" people ").append(people.size() <= 5 ? people.stream().map(p -> p.kind() + "#" + p.id()).sorted().toList()
                    : people.size() + " matched");
        }
        if (!actions.isEmpty()) {
            text.append(" actions ").append(actions.stream().sorted().toList());
        }
        if (from != null) {
            text.append(" from ").append(from);
        }
        if (to != null) {
            text.append(" to ").append(to);
        }
        return text.length() == "filter".length() ? "no filter" : text.toString();
    }
}
