package be.classeur.consent;

import be.classeur.consent.domain.ConsentRecordRepository;
import be.classeur.consent.domain.ConsentStatus;
import be.classeur.consent.domain.ProcessingActivity;
import be.classeur.consent.domain.ProcessingActivityRepository;
import be.classeur.kernel.DataSubjectRef;
import be.classeur.kernel.PersonKind;
import be.classeur.people.GuardianService;
import be.classeur.people.LinkRow;
import be.classeur.people.PersonDirectory;
import be.classeur.people.PersonRow;
import be.classeur.people.PersonStanding;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may receive news about activities by e-mail, the one question every mailing asks first (CDE art. XII.13): an
 * active, unrestricted person with an e-mail address, not recognised as an erased person typed in again (the
 * suppression list), and EITHER whose consent to {@value #PURPOSE} is in force, OR (when the privacy officer enabled
 * the soft opt-in) who belongs to a family already known (a pupil, or a guardian linked to one) and has not refused or
 * withdrawn: their objection is honoured. Trainers need consent.
 */
@Service
@Transactional(readOnly = true)
public class ActivityNews {
    public static final String PURPOSE = "ACTIVITY_NEWS";
    private static final Set<ConsentStatus> NO = EnumSet.of(ConsentStatus.REFUSED, ConsentStatus.WITHDRAWN);

    private final ConsentLedger ledger;
    private final ConsentRecordRepository records;
    private final ProcessingActivityRepository purposes;
    private final PersonDirectory directory;
    private final GuardianService guardians;
    private final ObjectProvider<SuppressionList> suppression;

    ActivityNews(ConsentLedger ledger, ConsentRecordRepository records, ProcessingActivityRepository purposes,
                 PersonDirectory directory, GuardianService guardians, ObjectProvider<SuppressionList> suppression) {
        this.ledger = ledger;
        this.records = records;
        this.purposes = purposes;
        this.directory = directory;
        this.guardians = guardians;
        this.suppression = suppression;
    }

    /** Whether this person may receive news about activities by e-mail today. */
    @PreAuthorize(ConsentAccess.READ)
    public boolean mayReceiveActivityNews(DataSubjectRef person) {
        PersonStanding standing = directory.standing(person).orElse(null);
        if (standing == null || standing.archived() || standing.restricted() || standing.anonymised() || !standing.hasEmail()
                || suppressed(person.kind()).contains(person.id())) {
            return false;
        }
        List<ConsentStatus> current = ledger.currentStatuses(person, PURPOSE);
        if (current.stream().anyMatch(ConsentStatus::isNo)) {
            return false;
        }
        return current.contains(ConsentStatus.GRANTED) || softOptIn() && existingFamily(person);
    }

    /**
     * One page of the people of one kind who may receive news about activities by e-mail, optionally narrowed by
     * name, e-mail or phone; filtered in SQL (the ledger's grants and refusals as id sets, people's active and
     * unrestricted records with an e-mail). The place every mailing starts from.
     */
    @PreAuthorize(ConsentAccess.READ)
    public Slice<PersonRow> activityNewsAudience(PersonKind kind, @Nullable String text, Pageable pageable) {
        Set<Long> granted = Set.copyOf(records.peopleWithCurrent(kind, PURPOSE, Set.of(ConsentStatus.GRANTED)));
        Set<Long> except = new HashSet<>(records.peopleWithCurrent(kind, PURPOSE, NO));
        except.addAll(suppressed(kind));
        return directory.reachableByEmail(kind, text, granted, softOptIn(), except, pageable);
    }

    private boolean softOptIn() {
        return purposes.findByCode(PURPOSE).map(ProcessingActivity::isSoftOptIn).orElse(false);
    }

    private boolean existingFamily(DataSubjectRef person) {
        return switch (person.kind()) {
            case PUPIL -> true;
            case GUARDIAN -> guardians.pupilsOf(person.id()).stream().anyMatch(LinkRow::mayRepresent);
            case TRAINER -> false;
        };
    }

    private Set<Long> suppressed(PersonKind kind) {
        SuppressionList list = suppression.getIfAvailable();
        return list == null ? Set.of() : list.recognised(kind);
    }
}
