package be.classeur.people;

import be.classeur.kernel.BusinessRuleException;
import be.classeur.kernel.DataSubjectRef;
import be.classeur.kernel.TaughtPupils;
import be.classeur.kernel.validation.PhoneNumbers;
import be.classeur.people.domain.Guardian;
import be.classeur.people.domain.GuardianLink;
import be.classeur.people.domain.GuardianLinkRepository;
import be.classeur.people.domain.GuardianRepository;
import be.classeur.people.domain.Pupil;
import be.classeur.people.domain.PupilRepository;
import be.classeur.people.domain.Relationship;
import jakarta.persistence.EntityNotFoundException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The people module's API for guardians (parents and other responsible persons). */
@Service
@Transactional(readOnly = true)
public class GuardianService {
    public static final Set<String> SORTABLE = Set.of("lastName", "firstName", "email", "phone", "city", "lastContactDate");
    private static final Sort DEFAULT_SORT = Sort.by("lastName", "firstName");

    private final GuardianRepository guardians;
    private final PupilRepository pupils;
    private final GuardianLinkRepository links;
    private final PersonWrites writes;

    GuardianService(GuardianRepository guardians, PupilRepository pupils, GuardianLinkRepository links,
                    PersonWrites writes) {
        this.guardians = guardians;
        this.pupils = pupils;
        this.links = links;
        this.writes = writes;
    }

    @PreAuthorize(PeopleAccess.READ)
    public Slice<PersonRow> search(PersonFilter filter, Pageable pageable) {
        return PersonSpecifications.rows(guardians, filter, pageable, SORTABLE, DEFAULT_SORT);
    }

    @PreAuthorize(PeopleAccess.READ)
    @Transactional // not read-only: the audit line of this read is written in the same transaction
    public GuardianDetail detail(long id) {
        return writes.viewed(read(id), DataSubjectRef.guardian(id));
    }

    /**
     * The detail page again after the user's own action on it (save, contact, archive): not a new view of the
     * guardian, so not audited again. The page's opening was audited by {@link #detail}, the action by its own service.
     */
    @PreAuthorize(PeopleAccess.READ)
    @Transactional(readOnly = true)
    public GuardianDetail detailAfterOwnAction(long id) {
        return read(id);
    }

    private GuardianDetail read(long id) {
        Guardian guardian = guardians.findById(id).orElseThrow(() -> notFound(id));
        return new GuardianDetail(PersonCard.of(guardian), pupilsOf(id));
    }

    /**
     * For a trainer's roster: per pupil, the phone of the first guardian in the pupil's contact order who may still be
     * contacted (not restricted, archived or erased) and has a phone; a pupil without one is absent from the map (the
     * roster then says to contact the office). One query for the whole roster. Not audited here: the roster records
     * its own read, one line per pupil shown.
     */
    @PreAuthorize("hasRole('ADMIN') or @" + TaughtPupils.BEAN + ".areCurrentlyTaughtByCurrentTrainer(#pupilIds)")
    public Map<Long, String> rosterContactPhones(Collection<Long> pupilIds) {
        Map<Long, String> phones = new HashMap<>();
        if (pupilIds.isEmpty()) {
            return phones;
        }
        for (GuardianLink link : links.findContactableByPupils(pupilIds)) {
            String phone = link.getGuardian().getPhone();
            if (phone != null) {
                phones.putIfAbsent(link.getPupil().getId(), phone);
            }
        }
        return phones;
    }

    @PreAuthorize(PeopleAccess.WRITE)
    public Guardian forEdit(long id) {
        return guardians.findById(id).orElseThrow(() -> notFound(id));
    }

    @PreAuthorize(PeopleAccess.READ)
    public List<LinkRow> pupilsOf(long guardianId) {
        return links.findByGuardianWithPupil(guardianId).stream().map(PupilService::linkRow).toList();
    }

    /**
     * The links left for review by the migration that split representatives from contacts (old "other" links, now
     * contact only), page by page. Administrators only: they decide what each link is.
     */
    @PreAuthorize(PeopleAccess.WRITE)
    public Slice<LinkReviewRow> linksToReview(Pageable pageable) {
        Slice<GuardianLink> page = links.findToReview(PageRequest.of(pageable.getPageNumber(), pageable.getPageSize()));
        Set<Long> represented = page.isEmpty() ? Set.of() : Set.copyOf(links.pupilsWithRepresentative(
                page.getContent().stream().map(l -> l.getPupil().getId()).collect(Collectors.toSet()), Relationship.representatives()));
        return page.map(l -> new LinkReviewRow(l.getId(), l.getPupil().getId(), l.getPupil().fullName(),
                l.getPupil().getBirthDate(), l.getGuardian().getId(), l.getGuardian().fullName(), l.getRelationship(),
                represented.contains(l.getPupil().getId())));
    }

    /** How many links wait for an administrator's review, for the link on the people pages. */
    @PreAuthorize(PeopleAccess.WRITE)
    public long countLinksToReview() {
        return links.countToReview();
    }

    /**
     * An administrator says what a link left for review is: a representative (parent, legal guardian) or a contact.
     * The link leaves the review list. Audited on the pupil and the guardian.
     */
    @PreAuthorize(PeopleAccess.WRITE)
    @Transactional
    public void reviewLink(long linkId, Relationship relationship) {
        if (relationship == null) {
            throw new BusinessRuleException("people.linkReview.error.chooseRelationship");
        }
        GuardianLink link = links.findById(linkId)
                .orElseThrow(() -> new BusinessRuleException("people.error.notFound", linkId));
        link.reviewed(relationship);
        String detail = "link " + linkId + " reviewed as " + relationship;
        writes.changed(DataSubjectRef.pupil(link.getPupil().getId()), "GUARDIAN_LINK_REVIEWED", detail);
        writes.changed(DataSubjectRef.guardian(link.getGuardian().getId()), "GUARDIAN_LINK_REVIEWED", detail);
    }

    /**
     * The other guardians who look like {@code guardian}: the same first and last name (any case) and the same e-mail
     * or phone. The form warns before saving what is likely the same person twice.
     */
    @PreAuthorize(PeopleAccess.WRITE)
    public List<PersonRow> samePerson(Guardian guardian) {
        if (isBlank(guardian.getFirstName()) || isBlank(guardian.getLastName())
                || (isBlank(guardian.getEmail()) && isBlank(guardian.getPhone()))) {
            return List.of();
        }
        String email = isBlank(guardian.getEmail()) ? null : guardian.getEmail().strip();
        String phone = isBlank(guardian.getPhone()) ? null : PhoneNumbers.normalise(guardian.getPhone());
        return guardians.findSamePerson(guardian.getFirstName().strip(), guardian.getLastName().strip(), email, phone,
                guardian.getId()).stream().map(GuardianService::row).toList();
    }

    private static boolean isBlank(@org.jspecify.annotations.Nullable String text) {
        return text == null || text.isBlank();
    }

    /**
     * Saves the guardian and makes their pupil links exactly {@code pupilLinks}.
     * Removing the last representative (parent or legal guardian) of a minor pupil, or making them a contact only, is
     * refused.
     */
    @PreAuthorize(PeopleAccess.WRITE)
    @Transactional
    public Guardian save(Guardian guardian, List<PupilLinkDraft> pupilLinks) {
        guardian.setPhone(PhoneNumbers.normalise(guardian.getPhone()));
        writes.validate(guardian);
        boolean created = guardian.getId() == null;
        if (!created) {
            guardians.findById(guardian.getId()).ifPresent(writes::requireNotRestricted);
        }
        writes.stamp(guardian);
        Guardian saved = guardians.saveAndFlush(guardian);
        replacePupilLinks(saved, pupilLinks);
        writes.changed(DataSubjectRef.guardian(saved.getId()), created ? "CREATED" : "UPDATED", null);
        return saved;
    }

    private void replacePupilLinks(Guardian guardian, List<PupilLinkDraft> drafts) {
        Map<Long, GuardianLink> current = new HashMap<>();
        for (GuardianLink link : links.findByGuardianWithPupil(guardian.getId())) {
            current.put(link.getPupil().getId(), link);
        }
        // The pupils this guardian represents now: a minor among them must keep a representative after the change.
        Map<Long, Pupil> representedBefore = new HashMap<>();
        current.values().stream().filter(l -> l.getRelationship().mayRepresent())
                .forEach(l -> representedBefore.put(l.getPupil().getId(), l.getPupil()));
        drafts.stream().filter(d -> d.relationship() != null && d.relationship().mayRepresent())
                .forEach(d -> representedBefore.remove(d.pupilId()));
        List<GuardianLink> wanted = new ArrayList<>();
        for (PupilLinkDraft draft : drafts) {
            GuardianLink existing = current.remove(draft.pupilId());
            if (existing != null) {
                existing.setRelationship(draft.relationship());
            } else {
                Pupil pupil = pupils.findById(draft.pupilId())
                        .orElseThrow(() -> new BusinessRuleException("people.error.notFound", draft.pupilId()));
                writes.requireWritable(pupil); // a new link is processing of the pupil's data too
                GuardianLink link = new GuardianLink(pupil, guardian, draft.relationship());
                // A guardian added from their own page comes last in the pupil's contact order.
                link.setPosition(links.lastPositionOf(pupil.getId()) + 1);
                wanted.add(link);
            }
        }
        for (Pupil pupil : representedBefore.values()) {
            if (pupil.needsRepresentativeOn(writes.today())
                    && links.countRepresentatives(pupil.getId(), Relationship.representatives(), guardian.getId()) == 0) {
                throw new BusinessRuleException("people.guardian.error.lastGuardianOfMinor", pupil.fullName());
            }
        }
        current.values().forEach(unlinked -> writes.requireWritable(unlinked.getPupil()));
        links.deleteAll(current.values());
        links.saveAll(wanted);
    }

    @PreAuthorize(PeopleAccess.WRITE)
    @Transactional
    public void archive(long id, long expectedVersion) {
        Guardian guardian = guardians.findById(id).orElseThrow(() -> notFound(id));
        writes.requireVersion(guardian, expectedVersion);
        writes.requireWritable(guardian);
        guardian.archive(writes.now());
        writes.stamp(guardian);
        writes.changed(DataSubjectRef.guardian(id), "ARCHIVED", null);
    }

    @PreAuthorize(PeopleAccess.WRITE)
    @Transactional
    public void restore(long id, long expectedVersion) {
        Guardian guardian = guardians.findById(id).orElseThrow(() -> notFound(id));
        writes.requireVersion(guardian, expectedVersion);
        writes.requireWritable(guardian);
        guardian.restore();
        writes.stamp(guardian);
        writes.changed(DataSubjectRef.guardian(id), "RESTORED", null);
    }

    static PersonRow row(be.classeur.people.domain.Person p) {
        return new PersonRow(p.getId(), p.getFirstName(), p.getLastName(), p.getEmail(), p.getPhone(), p.getCity(),
                p.getLastContactDate(), p.isArchived());
    }

    private static EntityNotFoundException notFound(long id) {
        return new EntityNotFoundException("Guardian " + id);
    }
}
