package be.classeur.privacy;

import be.classeur.accounts.StaffNames;
import be.classeur.kernel.Pages;
import be.classeur.kernel.PersonKind;
import be.classeur.kernel.SystemJob;
import be.classeur.people.ArchiveFilter;
import be.classeur.people.PupilFilter;
import be.classeur.people.PupilRow;
import be.classeur.people.PupilService;
import be.classeur.privacy.domain.RequestStatus;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The queue of rights requests: the grid's slices, its filters, the assignees to filter on, and the requests due soon
 * or overdue (the banner, the navigation badge and the morning job share one rule). Only privacy officers use it.
 *
 * <p>Deadlines follow {@link be.classeur.kernel.calendar.LegalDeadline}: one month after receipt, three months once
 * extended. The entity keeps the computed deadline in a {@code due_on} column, re-computed whenever the receipt date
 * or the extension changes, so that the queue is sorted and filtered by deadline in SQL (indexed).
 */
@Service
@Transactional(readOnly = true)
public class RequestQueueService {
    static final String ACCESS = "hasRole('PRIVACY_OFFICER')";
    /** The figures (counts, no personal data): the officer, an administrator reading the dashboard, the morning alerts. */
    static final String FIGURES = "hasAnyRole('ADMIN','PRIVACY_OFFICER') or (" + SystemJob.ONLY + SystemJob.MORNING_ALERTS + "')";
    /** Queue columns that may be sorted on; each has an index. */
    public static final Set<String> SORTABLE = Set.of("dueOn", "receivedOn", "status", "assignee");
    private static final Sort DEFAULT_SORT = Sort.by("dueOn");
    /** "Due soon" in the alerts: at most this many days left. */
    public static final int DUE_SOON_DAYS = 7;
    /** How many matching pupils the queue's text search looks for among the children requests were made for. */
    private static final int MAX_CHILDREN_SEARCHED = 200;

    private final RightsRequestRepository requests;
    private final PupilService pupils;
    private final Clock clock;
    private final StaffNames staffNames;

    RequestQueueService(RightsRequestRepository requests, PupilService pupils, Clock clock, StaffNames staffNames) {
        this.staffNames = staffNames;
        this.requests = requests;
        this.pupils = pupils;
        this.clock = clock;
    }

    /** One page of the queue, filtered in the database, sorted by deadline unless asked otherwise. */
    @PreAuthorize(ACCESS)
    public Slice<RequestRow> search(RequestFilter filter, Pageable pageable) {
        Pageable page = Pages.allowSort(pageable, SORTABLE, DEFAULT_SORT, "id");
        LocalDate today = today();
        Slice<RightsRequest> slice = requests.findBy(specification(filter, today, childrenMatching(filter.text())),
                q -> q.sortBy(page.getSort()).slice(page));
        Map<String, String> names = staffNames.displayNames(slice.getContent().stream()
                .map(RightsRequest::getAssignee).filter(Objects::nonNull).toList());
        return slice.map(r -> RequestRecords.row(r, today, names));
    }

    /**
     * The pupils whose name, e-mail or phone matches the queue's search text, found through the people module's own
     * search: a request a guardian made for them is then found by the child's name too.
     */
    private Set<Long> childrenMatching(@Nullable String text) {
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
        Specification<RightsRequest> bucket = filter.bucket() == null ? (root, query, cb) -> cb.conjunction()
                : in(filter.bucket(), today);
        return Specification.allOf(status, assignee, overdue, right, text, bucket);
    }

    /** Open requests that are overdue or due within {@value #DUE_SOON_DAYS} days, most urgent first. */
    @PreAuthorize(ACCESS)
    public List<RequestRow> dueSoonAndOverdue() {
        LocalDate today = today();
        List<RightsRequest> due = requests.findBy(dueSoonOrOverdue(today),
                q -> q.sortBy(Sort.by("dueOn", "id")).page(PageRequest.of(0, 200))).getContent();
        Map<String, String> names = staffNames.displayNames(due.stream().map(RightsRequest::getAssignee)
                .filter(Objects::nonNull).toList());
        return due.stream().map(r -> RequestRecords.row(r, today, names)).toList();
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
        return in(DeadlineBucket.OVERDUE, today).or(in(DeadlineBucket.DUE_SOON, today));
    }

    /** How many open requests are in each group of the dashboard, one count query each. */
    @PreAuthorize(FIGURES)
    public RequestFigures figures() {
        LocalDate today = today();
        Map<DeadlineBucket, Long> counts = new java.util.EnumMap<>(DeadlineBucket.class);
        for (DeadlineBucket bucket : DeadlineBucket.values()) {
            counts.put(bucket, requests.count(in(bucket, today)));
        }
        return new RequestFigures(counts);
    }

    /** The rule of each group, shared by its figure and the filtered queue it opens. */
    static Specification<RightsRequest> in(DeadlineBucket bucket, LocalDate today) {
        return (root, query, cb) -> {
            Predicate open = root.get("status").in(RequestStatus.open());
            return switch (bucket) {
                case OVERDUE -> cb.and(open, cb.lessThan(root.get("dueOn"), today));
                case DUE_SOON -> cb.and(open, cb.between(root.get("dueOn"), today, today.plusDays(DUE_SOON_DAYS)));
                case LATER -> cb.and(open, cb.greaterThan(root.get("dueOn"), today.plusDays(DUE_SOON_DAYS)));
                case EXTENSION_NOTICE_UNSENT -> cb.and(open, cb.isNotNull(root.get("extendedOn")),
                        cb.isNull(root.get("extensionNotifiedOn")));
                case AWAITING_IDENTITY -> cb.equal(root.get("status"), RequestStatus.AWAITING_IDENTITY);
            };
        };
    }

    /** The officers requests are assigned to, for the queue's filter: display name by login, in login order. */
    @PreAuthorize(ACCESS)
    public Map<String, String> assigneeNames() {
        List<String> logins = requests.findAssignees();
        Map<String, String> names = staffNames.displayNames(logins);
        Map<String, String> ordered = new LinkedHashMap<>();
        logins.forEach(login -> ordered.put(login, names.getOrDefault(login, login)));
        return ordered;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
