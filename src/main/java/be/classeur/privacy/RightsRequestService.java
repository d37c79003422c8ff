package be.classeur.privacy;

import be.classeur.kernel.Translations;
import be.classeur.kernel.DisplayFormats;
import static be.classeur.privacy.domain.RightsRequestRepository.require;

import be.classeur.kernel.Actors;
import be.classeur.kernel.BusinessRuleException;
import be.classeur.kernel.DataSubjectRef;
import be.classeur.kernel.Pages;
import be.classeur.kernel.PersonKind;
import be.classeur.kernel.audit.PersonalDataChanged;
import be.classeur.people.ArchiveFilter;
import be.classeur.people.GuardianService;
import be.classeur.people.PersonDirectory;
import be.classeur.people.LinkRow;
import be.classeur.people.PersonFilter;
import be.classeur.people.PersonSummary;
import be.classeur.people.PupilFilter;
import be.classeur.people.PupilRow;
import be.classeur.people.PupilService;
import be.classeur.people.TrainerService;
import be.classeur.people.domain.Pupil;
import be.classeur.privacy.domain.RequestStatus;
import be.classeur.privacy.domain.RequestStatusChange;
import be.classeur.privacy.domain.RequestStatusChangeRepository;
import be.classeur.privacy.domain.RequestSubject;
import be.classeur.privacy.domain.Right;
import be.classeur.privacy.domain.RightsRequest;
import be.classeur.privacy.domain.RightsRequestRepository;
import be.classeur.privacy.domain.SubjectRole;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The privacy module's API for the rights-request queue (GDPR arts. 12, 15–21, 7(3)). Only privacy officers use it.
 *
 * <p>Deadlines follow {@link be.classeur.kernel.calendar.LegalDeadline}: one month after receipt, three months once
 * extended. The entity keeps the computed deadline in a {@code due_on} column, re-computed whenever the receipt date
 * or the extension changes, so that the queue is sorted and filtered by deadline in SQL (indexed).
 */
@Service
@Transactional(readOnly = true)
public class RightsRequestService {
    static final String ACCESS = "hasRole('PRIVACY_OFFICER')";
    /** Queue columns that may be sorted on; each has an index. */
    public static final Set<String> SORTABLE = Set.of("dueOn", "receivedOn", "status", "assignee");
    private static final Sort DEFAULT_SORT = Sort.by("dueOn");
    /** "Due soon" in the alerts: at most this many days left. */
    public static final int DUE_SOON_DAYS = 7;
    private static final int MAX_DESCRIPTION = 4000;
    /** Leaves room in the 1000-character history note for the two dates around the reason. */
    private static final int MAX_CORRECTION_REASON = 900;
    /** How many matching pupils the queue's text search looks for among the children requests were made for. */
    private static final int MAX_CHILDREN_SEARCHED = 200;
    private static final DateTimeFormatter DATE = DisplayFormats.DATE;

    private final RightsRequestRepository requests;
    private final RequestStatusChangeRepository changes;
    private final PupilService pupils;
    private final GuardianService guardians;
    private final TrainerService trainers;
    private final PersonDirectory directory;
    private final ApplicationEventPublisher events;
    private final RequestAuditTrail audit;
    private final Clock clock;

    RightsRequestService(RightsRequestRepository requests, RequestStatusChangeRepository changes, PupilService pupils,
                         GuardianService guardians, TrainerService trainers, PersonDirectory directory,
                         ApplicationEventPublisher events, RequestAuditTrail audit, Clock clock) {
        this.requests = requests;
        this.changes = changes;
        this.pupils = pupils;
        this.guardians = guardians;
        this.trainers = trainers;
        this.directory = directory;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Records a request as received. The person chosen among the suggestions and the children a guardian asks for are
     * proposed matches, to be confirmed on the request's page. Nothing is saved when the intake breaks a rule.
     */
    @PreAuthorize(ACCESS)
    @Transactional
    public long record(RequestIntake intake) {
        validate(intake);
        String name = intake.requesterName() == null ? "" : intake.requesterName().strip();
        RightsRequest request = new RightsRequest(intake.rights(), intake.requester(), name, intake.requesterEmail(),
                intake.represented(), intake.channel(), intake.receivedOn(), intake.description(), now());
        request = requests.saveAndFlush(request);
        changes.save(new RequestStatusChange(request.getId(), null, RequestStatus.RECEIVED, Actors.current(), now(), null));
        audit.changed(request, "RIGHTS_REQUEST_RECORDED", rightsText(request.getRights()));
        recordMinorChecks(request, intake.minorChecked());
        for (Long pupilId : request.representedPupilIds()) {
            events.publishEvent(new PersonalDataChanged(DataSubjectRef.pupil(pupilId),
                    "RIGHTS_REQUEST_RECORDED", "request " + request.getId() + " by a guardian"));
        }
        return request.getId();
    }

    private void validate(RequestIntake intake) {
        if (intake.rights() == null || intake.rights().isEmpty()) {
            throw new BusinessRuleException("privacy.error.noRight");
        }
        boolean named = intake.requesterName() != null && !intake.requesterName().isBlank();
        if (!named) {
            throw new BusinessRuleException("privacy.error.requesterMissing");
        }
        if (intake.requesterName().strip().length() > 160
                || (intake.requesterEmail() != null && intake.requesterEmail().strip().length() > 160)) {
            throw new BusinessRuleException("privacy.error.requesterTooLong");
        }
        if (intake.channel() == null) {
            throw new BusinessRuleException("privacy.error.channelMissing");
        }
        if (intake.receivedOn() == null) {
            throw new BusinessRuleException("privacy.error.receivedMissing");
        }
        if (intake.receivedOn().isAfter(today())) {
            throw new BusinessRuleException("privacy.error.receivedInFuture");
        }
        if (intake.description() != null && intake.description().strip().length() > MAX_DESCRIPTION) {
            throw new BusinessRuleException("privacy.error.descriptionTooLong", MAX_DESCRIPTION);
        }
        requireGuardianOf(intake.requester(), intake.represented(), intake.receivedOn(), intake.minorChecked());
    }

    /**
     * Each represented pupil must be linked to the requester, who must be a guardian and their representative (a
     * parent or legal guardian: a contact-only link never acts for a child), and be a minor on the day the request was
     * received: an adult pupil exercises their own rights. A child without a recorded birth date is not presumed a
     * minor: the privacy officer must have checked it ({@code minorChecked}).
     */
    private void requireGuardianOf(DataSubjectRef requester, List<Long> pupilIds, LocalDate receivedOn,
                                   Collection<Long> minorChecked) {
        if (pupilIds.isEmpty()) {
            return;
        }
        if (requester == null || requester.kind() != PersonKind.GUARDIAN) {
            throw new BusinessRuleException("privacy.error.notGuardianOfPupil");
        }
        // The guardian's links carry what the rule needs: one query, and no "viewed" audit line per child at intake.
        Map<Long, LinkRow> linked = guardians.pupilsOf(requester.id()).stream()
                .collect(Collectors.toMap(LinkRow::pupilId, Function.identity(), (a, b) -> a));
        if (pupilIds.stream().anyMatch(id -> id == null || !linked.containsKey(id))) {
            throw new BusinessRuleException("privacy.error.notGuardianOfPupil");
        }
        for (Long id : pupilIds) {
            LinkRow link = linked.get(id);
            if (!link.mayRepresent()) {
                throw new BusinessRuleException("privacy.error.contactCannotAct", link.pupilName());
            }
            if (Pupil.isAgeUnknown(link.pupilBirthDate())) {
                if (!minorChecked.contains(id)) {
                    throw new BusinessRuleException("privacy.error.representedAgeUnchecked", link.pupilName());
                }
            } else if (!link.pupilMinorOn(receivedOn)) {
                throw new BusinessRuleException("privacy.error.representedNotMinor", link.pupilName());
            }
        }
    }

    /**
     * Records, on each child of unknown age the request is for, that the privacy officer checked they are a minor:
     * who and when on the child's row, a line in the request's history, and an audit line on the child.
     */
    private void recordMinorChecks(RightsRequest request, Collection<Long> minorChecked) {
        for (Long pupilId : minorChecked) {
            request.representedSubject(pupilId).ifPresent(subject -> {
                subject.minorChecked(Actors.current(), now());
                changes.save(new RequestStatusChange(request.getId(), request.getStatus(), request.getStatus(),
                        Actors.current(), now(), "Âge vérifié pour l’enfant n° " + pupilId
                        + " (sans date de naissance enregistrée) : mineur à la réception de la demande."));
                events.publishEvent(new PersonalDataChanged(DataSubjectRef.pupil(pupilId), "MINOR_AGE_CHECKED",
                        "request " + request.getId()));
            });
        }
    }

    /** One page of the queue, filtered in the database, sorted by deadline unless asked otherwise. */
    @PreAuthorize(ACCESS)
    public Slice<RequestRow> search(RequestFilter filter, Pageable pageable) {
        Pageable page = Pages.allowSort(pageable, SORTABLE, DEFAULT_SORT, "id");
        LocalDate today = today();
        return requests.findBy(specification(filter, today, childrenMatching(filter.text())), q -> q.sortBy(page.getSort()).slice(page))
                .map(r -> row(r, today));
    }

    /**
     * The pupils whose name, e-mail or phone matches the queue's search text, found through the people module's own
     * search: a request a guardian made for them is then found by the child's name too.
     */
    private Set<Long> childrenMatching(String text) {
        if (text == null || text.isBlank()) {
            return Set.of();
        }
        return pupils.search(new PupilFilter(text, null, null, ArchiveFilter.ALL), PageRequest.of(0, MAX_CHILDREN_SEARCHED))
                .getContent().stream().map(PupilRow::id).collect(Collectors.toSet());
    }

    private static Specification<RightsRequest> specification(RequestFilter filter, LocalDate today, Set<Long> children) {
        Specification<RightsRequest> status = (root, query, cb) ->
                filter.status() == null ? cb.conjunction() : cb.equal(root.get("status"), filter.status());
        Specification<RightsRequest> assignee = (root, query, cb) ->
                filter.assignee() == null || filter.assignee().isBlank() ? cb.conjunction()
                        : cb.equal(root.get("assignee"), filter.assignee().strip());
        Specification<RightsRequest> overdue = (root, query, cb) -> !filter.overdueOnly() ? cb.conjunction()
                : cb.and(cb.lessThan(root.get("dueOn"), today), root.get("status").in(RequestStatus.open()));
        Specification<RightsRequest> right = (root, query, cb) -> {
            if (filter.right() == null) {
                return cb.conjunction();
            }
            Subquery<Long> withRight = query.subquery(Long.class);
            Root<RightsRequest> other = withRight.from(RightsRequest.class);
            Join<RightsRequest, Right> rights = other.join("rights");
            withRight.select(other.get("id")).where(cb.equal(other.get("id"), root.get("id")), cb.equal(rights, filter.right()));
            return cb.exists(withRight);
        };
        Specification<RightsRequest> text = (root, query, cb) -> {
            if (filter.text() == null || filter.text().isBlank()) {
                return cb.conjunction();
            }
            String pattern = "%" + filter.text().strip().toLowerCase().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            Predicate requester = cb.or(cb.like(cb.lower(root.get("requesterName")), pattern, '\\'),
                    cb.like(cb.lower(root.get("requesterEmail")), pattern, '\\'));
            if (children.isEmpty()) {
                return requester;
            }
            Subquery<Long> forChild = query.subquery(Long.class);
            Root<RightsRequest> other = forChild.from(RightsRequest.class);
            Join<RightsRequest, RequestSubject> subject = other.join("subjects");
            forChild.select(other.get("id")).where(cb.equal(other.get("id"), root.get("id")),
                    cb.equal(subject.get("role"), SubjectRole.REPRESENTED),
                    cb.equal(subject.get("personKind"), PersonKind.PUPIL),
                    subject.get("personId").in(children));
            return cb.or(requester, cb.exists(forChild));
        };
        return Specification.allOf(status, assignee, overdue, right, text);
    }

    /** Open requests that are overdue or due within {@value #DUE_SOON_DAYS} days, most urgent first. */
    @PreAuthorize(ACCESS)
    public List<RequestRow> dueSoonAndOverdue() {
        LocalDate today = today();
        return requests.findBy(dueSoonOrOverdue(today), q -> q.sortBy(Sort.by("dueOn", "id")).page(PageRequest.of(0, 200)))
                .map(r -> row(r, today)).getContent();
    }

    /** How many open requests are overdue or due within {@value #DUE_SOON_DAYS} days: counted in SQL, for the navigation. */
    @PreAuthorize(ACCESS)
    public long countDueSoonAndOverdue() {
        return requests.count(dueSoonOrOverdue(today()));
    }

    /**
     * The alert rule, defined once for the queue's banner, the navigation badge and the morning job
     * ({@link PrivacyAlertJob}, in this package, which runs without a signed-in user): open, and due on or before
     * {@value #DUE_SOON_DAYS} days from today.
     */
    static Specification<RightsRequest> dueSoonOrOverdue(LocalDate today) {
        return (root, query, cb) -> cb.and(
                root.get("status").in(RequestStatus.open()),
                cb.lessThanOrEqualTo(root.get("dueOn"), today.plusDays(DUE_SOON_DAYS)));
    }

    /** Everything about one request, with its history. The read is audited on the requester's record. */
    @PreAuthorize(ACCESS)
    @Transactional // not read-only: the audit line of this read is written in the same transaction
    public RequestDetail detail(long id) {
        RequestDetail detail = read(id);
        audit.accessed(id, "RIGHTS_REQUEST_VIEWED", null);
        return detail;
    }

    /**
     * The request's page again after the user's own action on it: not a new view, so not audited again. The page's
     * opening was audited by {@link #detail}, the action by the method that did it.
     */
    @PreAuthorize(ACCESS)
    @Transactional(readOnly = true)
    public RequestDetail detailAfterOwnAction(long id) {
        return read(id);
    }

    private RequestDetail read(long id) {
        RightsRequest r = require(requests, id);
        DataSubjectRef requester = r.requester();
        LocalDate today = today();
        List<StatusChangeRow> history = changes.findByRequestIdOrderByChangedAtAscIdAsc(id).stream()
                .map(c -> new StatusChangeRow(c.getFromStatus(), c.getToStatus(), c.getChangedBy(), c.getChangedAt(), c.getNote()))
                .toList();
        return new RequestDetail(r.getId(), r.getVersion(), rightsOf(r), requester, r.getRequesterName(),
                r.getRequesterEmail(), covered(r), r.getChannel(), r.getReceivedOn(), r.getDescription(),
                r.getStatus(), r.getAssignee(), r.getExtendedOn(), r.getExtensionReason(), r.getReplyRecordedOn(),
                r.firstDeadline(), r.deadline(), daysLeft(r, today), r.getStatus().nextSteps(), extensionRefusal(r, today) == null,
                history, r.extendedDeadline(), r.getExtensionNotifiedOn(), r.extensionInForce());
    }

    /** The login names requests are assigned to, for the queue's filter. */
    @PreAuthorize(ACCESS)
    public List<String> assignees() {
        return requests.findAssignees();
    }

    /** Gives the request to a privacy officer (their login name). */
    @PreAuthorize(ACCESS)
    @Transactional
    public void assign(long id, String login) {
        if (login == null || login.isBlank() || login.strip().length() > 60) {
            throw new BusinessRuleException("privacy.error.assigneeMissing");
        }
        RightsRequest r = require(requests, id);
        r.assignTo(login.strip(), now());
        audit.changed(r, "RIGHTS_REQUEST_ASSIGNED", "to " + login.strip());
    }

    /**
     * Moves the request one step along the flow. Refused: a step the flow does not allow, "extended" (use
     * {@link #extend}), a refusal without reasons (art. 12(4)), and closing before the reply is recorded.
     */
    @PreAuthorize(ACCESS)
    @Transactional
    public void changeStatus(long id, RequestStatus to, String note) {
        RightsRequest r = require(requests, id);
        RequestStatus from = r.getStatus();
        if (to == null || !from.nextSteps().contains(to)) {
            throw new BusinessRuleException("privacy.error.illegalStep");
        }
        if (to == RequestStatus.REFUSED && (note == null || note.isBlank())) {
            throw new BusinessRuleException("privacy.error.refusalNeedsReason");
        }
        if (to == RequestStatus.CLOSED && r.getReplyRecordedOn() == null) {
            throw new BusinessRuleException("privacy.error.closeWithoutReply");
        }
        if (note != null && note.strip().length() > 1000) {
            throw new BusinessRuleException("privacy.error.noteTooLong", 1000);
        }
        RequestStatus reached = r.moveTo(to, now());
        changes.save(new RequestStatusChange(id, from, reached, Actors.current(), now(), note));
        audit.changed(r, "RIGHTS_REQUEST_STATUS", from + " -> " + reached);
        if (!r.getStatus().isOpen()) {
            events.publishEvent(new RequestEnded(id, r.getStatus()));
        }
    }

    /**
     * Extends the reply period by two further months (art. 12(3)): once, with reasons, decided on or before the first
     * deadline, on a request being worked on or awaiting proof of identity. The requester must be told, with the
     * reasons: until the extension notice is recorded as sent (letters), the first deadline stays the one in force.
     */
    @PreAuthorize(ACCESS)
    @Transactional
    public void extend(long id, String reason) {
        RightsRequest r = require(requests, id);
        LocalDate today = today();
        BusinessRuleException refusal = extensionRefusal(r, today);
        if (refusal != null) {
            throw refusal;
        }
        if (reason == null || reason.isBlank()) {
            throw new BusinessRuleException("privacy.error.extensionReasonMissing");
        }
        if (reason.strip().length() > 1000) {
            throw new BusinessRuleException("privacy.error.noteTooLong", 1000);
        }
        RequestStatus from = r.getStatus();
        r.extend(today, reason, now());
        // Awaiting identity, the status stays: the history line then says in words that the extension was decided.
        String note = r.getStatus() == RequestStatus.EXTENDED ? reason
                : bounded(french("privacy.history.extendedAwaitingIdentity", reason.strip()));
        changes.save(new RequestStatusChange(id, from, r.getStatus(), Actors.current(), now(), note));
        audit.changed(r, "RIGHTS_REQUEST_EXTENDED", "until " + r.extendedDeadline() + " once the notice is recorded as sent");
    }

    /** Why an extension is not possible today, or null when it is. */
    private static BusinessRuleException extensionRefusal(RightsRequest r, LocalDate today) {
        if (r.getExtendedOn() != null) {
            return new BusinessRuleException("privacy.error.alreadyExtended");
        }
        if (today.isAfter(r.firstDeadline())) {
            return new BusinessRuleException("privacy.error.extensionTooLate",
                    DATE.format(r.firstDeadline()));
        }
        if (r.getStatus() != RequestStatus.IN_PROGRESS && r.getStatus() != RequestStatus.AWAITING_IDENTITY) {
            return new BusinessRuleException("privacy.error.extensionNotInProgress");
        }
        return null;
    }

    /** Records the date the reply (or the reasoned refusal) was sent; needed before closing. */
    @PreAuthorize(ACCESS)
    @Transactional
    public void recordReply(long id, LocalDate sentOn) {
        RightsRequest r = require(requests, id);
        if (sentOn == null || sentOn.isAfter(today()) || sentOn.isBefore(r.getReceivedOn())) {
            throw new BusinessRuleException("privacy.error.replyDateInvalid");
        }
        if (r.getStatus() == RequestStatus.CLOSED || r.getStatus() == RequestStatus.RECEIVED) {
            throw new BusinessRuleException("privacy.error.replyNotNow");
        }
        r.recordReply(sentOn, now());
        audit.changed(r, "RIGHTS_REQUEST_REPLIED", "reply sent on " + sentOn);
    }

    /*
     * The same actions as taken from a request's page, which shows one version of the request: if another officer
     * changed it since, nothing is done and the page offers to reload, instead of overwriting their work unseen.
     * A change committed between this check and the commit fails on the entity's @Version in the same way.
     */

    @PreAuthorize(ACCESS)
    @Transactional
    public void assign(long id, String login, long seenVersion) {
        expectVersion(id, seenVersion);
        assign(id, login);
    }

    @PreAuthorize(ACCESS)
    @Transactional
    public void changeStatus(long id, RequestStatus to, String note, long seenVersion) {
        expectVersion(id, seenVersion);
        changeStatus(id, to, note);
    }

    @PreAuthorize(ACCESS)
    @Transactional
    public void extend(long id, String reason, long seenVersion) {
        expectVersion(id, seenVersion);
        extend(id, reason);
    }

    @PreAuthorize(ACCESS)
    @Transactional
    public void recordReply(long id, LocalDate sentOn, long seenVersion) {
        expectVersion(id, seenVersion);
        recordReply(id, sentOn);
    }

    /**
     * Corrects a wrongly recorded date of receipt, with the reason: the deadlines (first, extended, due) follow. Refused
     * for a date in the future, or after a letter, the reply or the extension already recorded (they cannot precede
     * receipt). Written in the status history with the reason, and in the audit log.
     */
    @PreAuthorize(ACCESS)
    @Transactional
    public void correctReceivedOn(long id, LocalDate receivedOn, String reason, long seenVersion) {
        expectVersion(id, seenVersion);
        RightsRequest r = require(requests, id);
        if (reason == null || reason.isBlank()) {
            throw new BusinessRuleException("privacy.error.receiptCorrectionReasonMissing");
        }
        if (reason.strip().length() > MAX_CORRECTION_REASON) {
            throw new BusinessRuleException("privacy.error.noteTooLong", MAX_CORRECTION_REASON);
        }
        if (receivedOn == null) {
            throw new BusinessRuleException("privacy.error.receivedMissing");
        }
        if (receivedOn.isAfter(today())) {
            throw new BusinessRuleException("privacy.error.receivedInFuture");
        }
        if (receivedOn.equals(r.getReceivedOn())) {
            throw new BusinessRuleException("privacy.error.receiptUnchanged");
        }
        LocalDate firstAct = earliest(requests.findFirstLetterSentOn(id), r.getReplyRecordedOn(), r.getExtendedOn());
        if (firstAct != null && receivedOn.isAfter(firstAct)) {
            throw new BusinessRuleException("privacy.error.receiptAfterRecordedAct", DATE.format(firstAct));
        }
        // The children a guardian asks for must have been minors on the day received: the corrected day, now.
        requireGuardianOf(r.requester(), r.representedPupilIds(), receivedOn, r.getSubjects().stream()
                .filter(s -> s.getRole() == SubjectRole.REPRESENTED && s.getMinorCheckedAt() != null)
                .map(s -> s.person().id()).toList());
        LocalDate before = r.getReceivedOn();
        r.correctReceivedOn(receivedOn, now());
        changes.save(new RequestStatusChange(id, r.getStatus(), r.getStatus(), Actors.current(), now(),
                bounded(french("privacy.history.receiptCorrected", DATE.format(before), DATE.format(receivedOn), reason.strip()))));
        audit.changed(r, "RIGHTS_REQUEST_RECEIPT_FIXED", "received on " + before + " -> " + receivedOn
                + "; first deadline " + r.firstDeadline() + ", deadline " + r.deadline());
    }

    private static LocalDate earliest(LocalDate... dates) {
        return Arrays.stream(dates).filter(Objects::nonNull).min(LocalDate::compareTo).orElse(null);
    }

    /** History notes written by the application are in French, the organisation's language (as PersonChoicesService). */
    private static String french(String key, Object... args) {
        return Translations.text(Locale.FRENCH, key, args);
    }

    private static String bounded(String note) {
        return note.length() > 1000 ? note.substring(0, 999) + "…" : note;
    }

    private void expectVersion(long id, long seenVersion) {
        if (require(requests, id).getVersion() != seenVersion) {
            throw new ObjectOptimisticLockingFailureException(RightsRequest.class, id);
        }
    }

    /** People in the records who match the text (name, e-mail, phone): pupils, guardians and trainers, a few each. */
    @PreAuthorize(ACCESS)
    public List<PersonSuggestion> suggestPeople(String text) {
        if (text == null || text.strip().length() < 2) {
            return List.of();
        }
        PageRequest few = PageRequest.of(0, 5);
        List<PersonSuggestion> found = new ArrayList<>();
        pupils.search(new PupilFilter(text, null, null, ArchiveFilter.ALL), few).forEach(p -> found.add(
                new PersonSuggestion(DataSubjectRef.pupil(p.id()), p.firstName() + " " + p.lastName(), p.email(),
                        p.phone(), p.birthDate(), p.schoolYear())));
        guardians.search(new PersonFilter(text, ArchiveFilter.ALL), few).forEach(g -> found.add(
                new PersonSuggestion(DataSubjectRef.guardian(g.id()), g.firstName() + " " + g.lastName(), g.email(),
                        g.phone(), null)));
        trainers.search(new PersonFilter(text, ArchiveFilter.ALL), few).forEach(t -> found.add(
                new PersonSuggestion(DataSubjectRef.trainer(t.id()), t.firstName() + " " + t.lastName(), t.email(),
                        t.phone(), null)));
        return found;
    }

    /**
     * The pupils a guardian may ask for as their legal representative: those linked to them as a parent or legal
     * guardian. A contact-only link (grandparent, host family, sibling, other contact) never acts for a child.
     */
    @PreAuthorize(ACCESS)
    public List<PersonSuggestion> childrenOf(long guardianId) {
        return guardians.pupilsOf(guardianId).stream()
                .filter(LinkRow::mayRepresent)
                .map(l -> new PersonSuggestion(DataSubjectRef.pupil(l.pupilId()), l.pupilName(), null, null,
                        l.pupilBirthDate(), l.pupilSchoolYear()))
                .toList();
    }

    /**
     * The people the request covers, with what identifies them in their record: what the privacy officer compares with
     * the request before confirming each match. One lookup per kind of person, whatever the number covered.
     */
    @PreAuthorize(ACCESS)
    public List<CoveredPerson> coveredPeople(long requestId) {
        RightsRequest r = find(requestId);
        List<CoveredSubject> covered = covered(r);
        // No "viewed" line per person: the summary is the request's own record of whom it covers, and opening the
        // request's page is already audited on the requester (RIGHTS_REQUEST_VIEWED).
        Map<DataSubjectRef, PersonSummary> summaries = directory.summaries(covered.stream().map(CoveredSubject::ref).toList())
                .stream().collect(Collectors.toMap(PersonSummary::ref, s -> s));
        List<CoveredPerson> people = new ArrayList<>();
        for (CoveredSubject c : covered) {
            PersonSummary s = summaries.get(c.ref());
            people.add(s == null
                    ? new CoveredPerson(c, "n° " + c.ref().id(), null, null, null) // no longer in the records
                    : new CoveredPerson(c, s.name(), s.birthDate(), s.email(), s.phone()));
        }
        return people;
    }

    /** Confirms that the person in the records is the one the request covers. Audited on that person. */
    @PreAuthorize(ACCESS)
    @Transactional
    public void confirmMatch(long requestId, long subjectId) {
        RightsRequest r = require(requests, requestId);
        RequestSubject subject = r.confirmMatch(subjectId, Actors.current(), now());
        events.publishEvent(new PersonalDataChanged(subject.person(), "RIGHTS_REQUEST_MATCH_CONFIRMED",
                "request " + requestId + " as " + subject.getRole()));
    }

    /**
     * Removes a wrong proposed match before it is confirmed. Removing the requester unlinks the request from the
     * records, with the children asked for through them. Audited on each person removed.
     */
    @PreAuthorize(ACCESS)
    @Transactional
    public void removeMatch(long requestId, long subjectId) {
        RightsRequest r = require(requests, requestId);
        for (RequestSubject removed : r.removeMatch(subjectId, now())) {
            events.publishEvent(new PersonalDataChanged(removed.person(), "RIGHTS_REQUEST_MATCH_REMOVED",
                    "request " + requestId + " as " + removed.getRole()));
        }
    }

    /**
     * Links a request whose requester was not found to a person in the records, and for a guardian to the children
     * they ask for (each must be linked to them). The matches are proposed; each still needs its confirmation.
     */
    @PreAuthorize(ACCESS)
    @Transactional
    public void linkRequester(long requestId, DataSubjectRef requester, List<Long> representedPupilIds) {
        linkRequester(requestId, requester, representedPupilIds, List.of());
    }

    /**
     * As {@link #linkRequester(long, DataSubjectRef, List)}, with the children of unknown age whose age the privacy
     * officer checked (they are minors); the check is recorded as at intake.
     */
    @PreAuthorize(ACCESS)
    @Transactional
    public void linkRequester(long requestId, DataSubjectRef requester, List<Long> representedPupilIds,
                              List<Long> minorCheckedPupilIds) {
        List<Long> minorChecked = minorCheckedPupilIds == null ? List.of() : minorCheckedPupilIds;
        if (requester == null) {
            throw new BusinessRuleException("privacy.subjects.error.chooseSomeone");
        }
        List<Long> children = representedPupilIds == null ? List.of() : representedPupilIds;
        RightsRequest r = require(requests, requestId);
        requireGuardianOf(requester, children, r.getReceivedOn(), minorChecked);
        r.linkRequester(requester, children, now());
        requests.flush();
        recordMinorChecks(r, minorChecked);
        for (RequestSubject s : r.getSubjects()) {
            events.publishEvent(new PersonalDataChanged(s.person(), "RIGHTS_REQUEST_MATCH_PROPOSED",
                    "request " + requestId + " as " + s.getRole()));
        }
    }

    // Kept for coveredPeople(), which is being reworked elsewhere; new code calls require(requests, id) directly.
    private RightsRequest find(long id) {
        return require(requests, id);
    }

    private static List<CoveredSubject> covered(RightsRequest r) {
        return r.getSubjects().stream().map(s -> new CoveredSubject(s.getId() == null ? 0 : s.getId(), s.person(),
                s.getRole(), s.getMatchConfirmedAt(), s.getMatchConfirmedBy())).toList();
    }

    /* Rows read the stored dueOn: the entity keeps it equal to deadline() whenever receipt or extension changes. */
    private static RequestRow row(RightsRequest r, LocalDate today) {
        return new RequestRow(r.getId(), rightsOf(r), r.getRequesterName(), r.getAssignee(), r.getStatus(),
                r.getReceivedOn(), r.getDueOn(), daysLeft(r, today));
    }

    private static Long daysLeft(RightsRequest r, LocalDate today) {
        return r.getStatus().isOpen() ? ChronoUnit.DAYS.between(today, r.getDueOn()) : null;
    }

    private static Set<Right> rightsOf(RightsRequest r) {
        EnumSet<Right> rights = EnumSet.noneOf(Right.class);
        rights.addAll(r.getRights());
        return rights;
    }

    private static String rightsText(Set<Right> rights) {
        return rights.stream().sorted().map(Right::name).reduce((a, b) -> a + "," + b).orElse("");
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}
