package be.classeur.people;

import be.classeur.kernel.DataSubjectRef;
import be.classeur.kernel.DisplayFormats;
import be.classeur.kernel.PersonKind;
import be.classeur.kernel.SystemJob;
import be.classeur.people.domain.GuardianLinkRepository;
import be.classeur.people.domain.GuardianRepository;
import be.classeur.people.domain.PupilRepository;
import be.classeur.people.domain.Relationship;
import be.classeur.people.domain.TrainerRepository;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a person's retention date is computed from, read in batches: the last contact, the day the record was created,
 * whether it was erased, and the family links (parents and legal guardians only). Dates and ids only, no identity; not
 * audited. Also open to the two retention jobs (they run as system principals).
 */
@Service
@Transactional(readOnly = true)
public class LastContacts {
    /** Who may read these facts: staff who read people, and the retention jobs. */
    static final String READ = PeopleAccess.READ + " or (" + SystemJob.ONLY + "retention-purge') or ("
            + SystemJob.ONLY + "retention-dates')";

    private final PupilRepository pupils;
    private final GuardianRepository guardians;
    private final TrainerRepository trainers;
    private final GuardianLinkRepository links;

    LastContacts(PupilRepository pupils, GuardianRepository guardians, TrainerRepository trainers,
                 GuardianLinkRepository links) {
        this.pupils = pupils;
        this.guardians = guardians;
        this.trainers = trainers;
        this.links = links;
    }

    /** One person's facts: their last contact (null when none), the day their record was created, whether erased. */
    public record Facts(DataSubjectRef person, @Nullable LocalDate lastContact, LocalDate createdOn, boolean anonymised) {
    }

    /** The facts of these people; a person no longer in the records is absent from the map. One query per kind. */
    @PreAuthorize(READ)
    public Map<DataSubjectRef, Facts> facts(Collection<DataSubjectRef> people) {
        Map<DataSubjectRef, Facts> found = new HashMap<>();
        for (PersonKind kind : PersonKind.values()) {
            Set<Long> ids = people.stream().filter(r -> r.kind() == kind).map(DataSubjectRef::id).collect(Collectors.toSet());
            if (ids.isEmpty()) {
                continue;
            }
            List<Object[]> rows = switch (kind) {
                case PUPIL -> pupils.contactFacts(ids);
                case GUARDIAN -> guardians.contactFacts(ids);
                case TRAINER -> trainers.contactFacts(ids);
            };
            for (Object[] row : rows) {
                DataSubjectRef ref = new DataSubjectRef(kind, ((Number) row[0]).longValue());
                Instant created = (Instant) row[2];
                found.put(ref, new Facts(ref, (LocalDate) row[1], created.atZone(DisplayFormats.ZONE).toLocalDate(),
                        row[3] != null));
            }
        }
        return found;
    }

    /** Per pupil, their parents and legal guardians (contact-only links left out); a pupil without any is absent. */
    @PreAuthorize(READ)
    public Map<Long, Set<Long>> guardiansOf(Collection<Long> pupilIds) {
        Map<Long, Set<Long>> result = new HashMap<>();
        for (List<Long> chunk : chunks(pupilIds)) {
            for (Object[] pair : links.pairsByPupils(chunk, Relationship.representatives())) {
                result.computeIfAbsent(((Number) pair[0]).longValue(), k -> new LinkedHashSet<>()).add(((Number) pair[1]).longValue());
            }
        }
        return result;
    }

    /** Per guardian, the pupils they are a parent or legal guardian of; a guardian without any is absent. */
    @PreAuthorize(READ)
    public Map<Long, Set<Long>> childrenOf(Collection<Long> guardianIds) {
        Map<Long, Set<Long>> result = new HashMap<>();
        for (List<Long> chunk : chunks(guardianIds)) {
            for (Object[] pair : links.pairsByGuardians(chunk, Relationship.representatives())) {
                result.computeIfAbsent(((Number) pair[1]).longValue(), k -> new LinkedHashSet<>()).add(((Number) pair[0]).longValue());
            }
        }
        return result;
    }

    /** The ids of the next {@code limit} people of a kind after {@code afterId}, in id order: for work in batches. */
    @PreAuthorize(READ)
    public List<Long> idsAfter(PersonKind kind, long afterId, int limit) {
        PageRequest page = PageRequest.of(0, limit);
        return switch (kind) {
            case PUPIL -> pupils.idsAfter(afterId, page);
            case GUARDIAN -> guardians.idsAfter(afterId, page);
            case TRAINER -> trainers.idsAfter(afterId, page);
        };
    }

    private static List<List<Long>> chunks(Collection<Long> ids) {
        List<Long> all = new ArrayList<>(new LinkedHashSet<>(ids));
        List<List<Long>> chunks = new ArrayList<>();
        for (int i = 0; i < all.size(); i += 500) {
            chunks.add(all.subList(i, Math.min(all.size(), i + 500)));
        }
        return chunks;
    }
}
