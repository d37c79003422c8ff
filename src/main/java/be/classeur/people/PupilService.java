package be.classeur.people;

import be.classeur.kernel.BusinessRuleException;
import be.classeur.kernel.DataSubjectRef;
import be.classeur.kernel.Pages;
import be.classeur.kernel.validation.PhoneNumbers;
import be.classeur.people.domain.Guardian;
import be.classeur.people.domain.GuardianLink;
import be.classeur.people.domain.GuardianLinkRepository;
import be.classeur.people.domain.GuardianRepository;
import be.classeur.people.domain.Pupil;
import be.classeur.people.domain.PupilRepository;
import jakarta.persistence.EntityNotFoundException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The people module's API for pupils. */
@Service
@Transactional(readOnly = true)
public class PupilService {
    /** The sort property of the school-year column: school order (1P … 7S, higher education, adults), not the codes'. */
    public static final String SCHOOL_ORDER = "schoolYearRank";
    /** The sort property of the stage column: life-cycle order (inquiry, enrolled, former), not the names'. */
    public static final String LIFE_CYCLE_ORDER = "stageRank";
    /** Grid columns that may be sorted on; each has an index. */
    public static final Set<String> SORTABLE = Set.of("lastName", "firstName", "birthDate", SCHOOL_ORDER, LIFE_CYCLE_ORDER,
            "email", "phone", "lastContactDate");
    private static final Sort DEFAULT_SORT = Sort.by("lastName", "firstName");

    private final PupilRepository pupils;
    private final GuardianRepository guardians;
    private final GuardianLinkRepository links;
    private final PersonWrites writes;

    PupilService(PupilRepository pupils, GuardianRepository guardians, GuardianLinkRepository links,
                 PersonWrites writes) {
        this.pupils = pupils;
        this.guardians = guardians;
        this.links = links;
        this.writes = writes;
    }

    /** One page of the pupil grid, filtered and sorted in the database. */
    @PreAuthorize(PeopleAccess.READ)
    public Slice<PupilRow> search(PupilFilter filter, Pageable pageable) {
        Specification<Pupil> spec = Specification.allOf(
                PersonSpecifications.<Pupil>matching(filter.text()),
                PersonSpecifications.<Pupil>archived(filter.archive()),
                filter.restrictedOnly() ? PersonSpecifications.<Pupil>restricted() : PersonSpecifications.<Pupil>unfiltered(),
                (root, query, cb) -> filter.stage() == null ? cb.conjunction() : cb.equal(root.get("stage"), filter.stage()),
                (root, query, cb) -> filter.schoolYear() == null ? cb.conjunction() : cb.equal(root.get("schoolYear"), filter.schoolYear()));
        Pageable page = Pages.allowSort(inSchoolOrder(pageable), SORTABLE, DEFAULT_SORT, "id");
        return pupils.findBy(spec, q -> q.sortBy(page.getSort()).slice(page)).map(PupilService::row);
    }

    /** A sort on the stored school year or stage, as a caller may still ask, sorts on their ranks instead. */
    private static Pageable inSchoolOrder(Pageable requested) {
        Sort sort = Sort.by(requested.getSort().stream().map(order -> switch (order.getProperty()) {
            case "schoolYear" -> order.withProperty(SCHOOL_ORDER);
            case "stage" -> order.withProperty(LIFE_CYCLE_ORDER);
            default -> order;
        }).toList());
        return requested.isUnpaged() ? Pageable.unpaged(sort) : PageRequest.of(requested.getPageNumber(), requested.getPageSize(), sort);
    }

    /** Everything about one pupil, for the detail page. The read is audited. */
    @PreAuthorize(PeopleAccess.READ)
    @Transactional // not read-only: the audit line of this read is written in the same transaction
    public PupilDetail detail(long id) {
        return writes.viewed(read(id), DataSubjectRef.pupil(id));
    }

    /**
     * The detail page again after the user's own action on it (save, contact, archive): not a new view of the pupil,
     * so not audited again. The page's opening was audited by {@link #detail}, the action by its own service.
     */
    @PreAuthorize(PeopleAccess.READ)
    @Transactional(readOnly = true)
    public PupilDetail detailAfterOwnAction(long id) {
        return read(id);
    }

    private PupilDetail read(long id) {
        Pupil pupil = pupils.findForEdit(id).orElseThrow(() -> notFound(id));
        return PupilDetail.of(pupil, guardiansOf(id));
    }

    /** The pupil with school and subjects loaded, ready for the form. */
    @PreAuthorize(PeopleAccess.WRITE)
    public Pupil forEdit(long id) {
        return pupils.findForEdit(id).orElseThrow(() -> notFound(id));
    }

    @PreAuthorize(PeopleAccess.READ)
    public List<LinkRow> guardiansOf(long pupilId) {
        return links.findByPupilWithGuardian(pupilId).stream().map(PupilService::linkRow).toList();
    }

    /**
     * Saves the pupil and makes their guardian links exactly {@code guardianLinks}, creating new guardians on the way.
     * A minor (or a pupil of unknown age at school) without a representative, a parent or legal guardian, is refused
     * and nothing is saved: a contact-only link does not count. A stale copy is refused (optimistic lock).
     */
    @PreAuthorize(PeopleAccess.WRITE)
    @Transactional
    public Pupil save(Pupil pupil, List<GuardianLinkDraft> guardianLinks) {
        pupil.setPhone(PhoneNumbers.normalise(pupil.getPhone()));
        writes.validate(pupil);
        if (pupil.needsRepresentativeOn(writes.today())
                && guardianLinks.stream().noneMatch(d -> d.relationship() != null && d.relationship().mayRepresent())) {
            throw new BusinessRuleException("people.pupil.error.minorWithoutGuardian");
        }
        for (GuardianLinkDraft draft : guardianLinks) {
            if (draft.newGuardian() != null) {
                draft.newGuardian().setPhone(PhoneNumbers.normalise(draft.newGuardian().getPhone()));
                writes.validate(draft.newGuardian());
            }
        }
        boolean created = pupil.getId() == null;
        if (!created) {
            pupils.findById(pupil.getId()).ifPresent(writes::requireNotRestricted);
        }
        writes.stamp(pupil);
        Pupil saved = pupils.saveAndFlush(pupil);
        replaceGuardianLinks(saved, guardianLinks);
        writes.changed(DataSubjectRef.pupil(saved.getId()), created ? "CREATED" : "UPDATED", null);
        return saved;
    }

    private void replaceGuardianLinks(Pupil pupil, List<GuardianLinkDraft> drafts) {
        Map<Long, GuardianLink> current = new HashMap<>();
        for (GuardianLink link : links.findByPupilWithGuardian(pupil.getId())) {
            current.put(link.getGuardian().getId(), link);
        }
        List<GuardianLink> wanted = new ArrayList<>();
        // The drafts' order is the contact order the administrator set: the roster shows the first one reachable.
        int position = 0;
        for (GuardianLinkDraft draft : drafts) {
            Guardian guardian;
            if (draft.newGuardian() != null) {
                guardian = draft.newGuardian();
                writes.stamp(guardian);
                guardian = guardians.save(guardian);
                writes.changed(DataSubjectRef.guardian(guardian.getId()), "CREATED", "with pupil " + pupil.getId());
            } else {
                guardian = guardians.findById(draft.guardianId())
                        .orElseThrow(() -> new BusinessRuleException("people.error.notFound", draft.guardianId()));
            }
            GuardianLink existing = current.remove(guardian.getId());
            if (existing == null) {
                writes.requireWritable(guardian); // a new link is processing of the guardian's data too
            }
            if (existing != null) {
                existing.setRelationship(draft.relationship());
                existing.setPosition(position++);
            } else {
                GuardianLink link = new GuardianLink(pupil, guardian, draft.relationship());
                link.setPosition(position++);
                wanted.add(link);
            }
        }
        current.values().forEach(unlinked -> writes.requireWritable(unlinked.getGuardian()));
        links.deleteAll(current.values());
        links.saveAll(wanted);
    }

    @PreAuthorize(PeopleAccess.WRITE)
    @Transactional
    public void archive(long id, long expectedVersion) {
        Pupil pupil = pupils.findById(id).orElseThrow(() -> notFound(id));
        writes.requireVersion(pupil, expectedVersion);
        writes.requireWritable(pupil);
        pupil.archive(writes.now());
        writes.stamp(pupil);
        writes.changed(DataSubjectRef.pupil(id), "ARCHIVED", null);
    }

    @PreAuthorize(PeopleAccess.WRITE)
    @Transactional
    public void restore(long id, long expectedVersion) {
        Pupil pupil = pupils.findById(id).orElseThrow(() -> notFound(id));
        writes.requireVersion(pupil, expectedVersion);
        writes.requireWritable(pupil);
        pupil.restore();
        writes.stamp(pupil);
        writes.changed(DataSubjectRef.pupil(id), "RESTORED", null);
    }

    static LinkRow linkRow(GuardianLink link) {
        return new LinkRow(link.getPupil().getId(), link.getPupil().fullName(), link.getPupil().getBirthDate(),
                link.getPupil().getSchoolYear(), link.getGuardian().getId(),
                link.getGuardian().fullName(), link.getGuardian().getPhone(), link.getGuardian().getEmail(),
                link.getRelationship());
    }

    private static PupilRow row(Pupil p) {
        return new PupilRow(p.getId(), p.getFirstName(), p.getLastName(), p.getBirthDate(), p.getSchoolYear(),
                p.getSchool() == null ? null : p.getSchool().getName(), p.getStage(), p.getEmail(), p.getPhone(),
                p.getLastContactDate(), p.isArchived());
    }

    private static EntityNotFoundException notFound(long id) {
        return new EntityNotFoundException("Pupil " + id);
    }
}
