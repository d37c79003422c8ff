package be.classeur.privacy;

import be.classeur.kernel.Translations;
import be.classeur.kernel.DisplayFormats;
import static be.classeur.privacy.domain.RightsRequestRepository.require;

import be.classeur.accounts.RecipientNotices;
import be.classeur.erasure.Erasure;
import be.classeur.erasure.LegalHoldException;
import be.classeur.kernel.Actors;
import be.classeur.kernel.BusinessRuleException;
import be.classeur.kernel.DataSubjectRef;
import be.classeur.kernel.LegalHolds;
import be.classeur.kernel.PersonKind;
import be.classeur.kernel.Organisation;
import be.classeur.kernel.PersonalDataHandler;
import be.classeur.kernel.StaffRoles;
import be.classeur.kernel.audit.PersonalDataAccessed;
import be.classeur.people.GuardianService;
import be.classeur.people.PersonDirectory;
import be.classeur.privacy.PdfDocument.Style;
import be.classeur.privacy.domain.RequestStatus;
import be.classeur.privacy.domain.RequestSubject;
import be.classeur.privacy.domain.Right;
import be.classeur.privacy.domain.RightsRequest;
import be.classeur.privacy.domain.RightsRequestRepository;
import be.classeur.privacy.domain.SubjectRole;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Acts on a rights request over every module's personal data, through the erasure loop ({@link Erasure}):
 * the access / portability export (JSON and PDF, arts. 15 and 20), the erasure preview and the erasure (art. 17),
 * and the restriction of processing (art. 18). The subjects of a request are the requester (a known person) and,
 * when a guardian asks for minors linked to them, each of those pupils. Nothing is done while the match of any of
 * them is unconfirmed. The export covers every subject; erasure and restriction act on every subject or on the one
 * the privacy officer chooses. Every action leaves an audit line on each subject it touches. Only privacy officers
 * use it.
 */
@Service
@Transactional(readOnly = true)
public class SubjectRightsService {
    static final String ACCESS = "hasRole('PRIVACY_OFFICER')";
    /** The rights that entitle the requester to a copy of their data. */
    public static final Set<Right> EXPORT_RIGHTS = EnumSet.of(Right.ACCESS, Right.PORTABILITY);
    /** The rights under which processing may be restricted (art. 18(1): contested accuracy, objection, request). */
    public static final Set<Right> RESTRICTION_RIGHTS = EnumSet.of(Right.RESTRICTION, Right.RECTIFICATION, Right.OBJECTION);
    private static final Set<RequestStatus> NOT_ACTIONABLE =
            EnumSet.of(RequestStatus.AWAITING_IDENTITY, RequestStatus.REFUSED, RequestStatus.CLOSED);
    private static final DateTimeFormatter DATE = DisplayFormats.DATE;
    private static final DateTimeFormatter DATE_TIME = DisplayFormats.DATE_TIME;

    private final RightsRequestRepository requests;
    private final Erasure erasure;
    private final GuardianService guardians;
    private final PersonDirectory directory;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final JsonMapper json;
    private final ChildInterestService childInterests;
    private final Organisation organisation;
    private final AccessReplyInformation accessInformation;
    private final StaffRoles staffRoles;
    private final RecipientNotification recipients;

    SubjectRightsService(RightsRequestRepository requests, Erasure erasure, GuardianService guardians,
                         PersonDirectory directory, ApplicationEventPublisher events, Clock clock,
                         ObjectProvider<JsonMapper> json, ChildInterestService childInterests,
                         Organisation organisation, AccessReplyInformation accessInformation, StaffRoles staffRoles,
                         RecipientNotification recipients) {
        this.childInterests = childInterests;
        this.organisation = organisation;
        this.accessInformation = accessInformation;
        this.staffRoles = staffRoles;
        this.recipients = recipients;
        this.requests = requests;
        this.erasure = erasure;
        this.guardians = guardians;
        this.directory = directory;
        this.events = events;
        this.clock = clock;
        this.json = json.getIfAvailable(() -> JsonMapper.builder().build());
    }

    /** One person a request is about, with the name to show and why they are in it. */
    public record Subject(DataSubjectRef ref, String name, boolean requester, boolean confirmed) {
    }

    /** What erasure would do to one subject: per part, what is erased and what must be kept and why. */
    public record SubjectHoldings(Subject subject, List<PersonalDataHandler.Holdings> holdings) {
    }

    /**
     * The export of a request: the same content as JSON (portability) and as a readable PDF (access), in the reader's
     * language (fr, en, nl), which names a PDF in English or Dutch.
     */
    public record Export(long requestId, Instant generatedAt, byte[] json, byte[] pdf, String language) {
        public String jsonFileName() {
            return "export-demande-" + requestId + ".json";
        }

        public String pdfFileName() {
            return "export-demande-" + requestId + ("fr".equals(language) ? "" : "-" + language) + ".pdf";
        }
    }

    /** The people the request is about: the requester, and the pupils the guardian asks for. */
    @PreAuthorize(ACCESS)
    public List<Subject> subjectsOf(long requestId) {
        return subjects(require(requests, requestId));
    }

    /** The export in French; see {@link #exportFor(long, String)}. */
    @PreAuthorize(ACCESS)
    @Transactional
    public Export exportFor(long requestId) {
        return exportFor(requestId, "fr");
    }

    /**
     * Builds the requester's export (and the child's, when a guardian asks for a minor): every module's part, as JSON
     * and as a PDF in the reader's language (fr, en or nl), with the art. 15 information. Who acted on the data
     * (audit lines, contacts, request history) is named by role, never by login, in both. Refused without the access
     * or portability right, for a requester not found in the records, and while the identity is being checked or once
     * the request is refused or closed. Audited on each subject.
     */
    @PreAuthorize(ACCESS)
    @Transactional // not read-only: the audit lines of the export are written in the same transaction
    public Export exportFor(long requestId, String language) {
        String lang = language == null ? "fr" : language.strip().toLowerCase(Locale.ROOT);
        if (!LetterService.LANGUAGES.contains(lang)) {
            throw new BusinessRuleException("privacy.letter.error.language");
        }
        ResourceBundle bundle = AccessReplyInformation.bundle(lang);
        Map<String, String> roleLabels = new HashMap<>();
        RightsRequest request = require(requests, requestId);
        if (request.getRights().stream().noneMatch(EXPORT_RIGHTS::contains)) {
            throw new BusinessRuleException("privacy.actions.error.noExportRight");
        }
        // From 13, a child's own interests are weighed first: refused until decided, left out after a limited reply.
        List<Subject> subjects = childInterests.exportable(request, actionableSubjects(request), Subject::ref);
        Instant now = clock.instant();
        List<Map<String, Object>> content = new ArrayList<>();
        for (Subject subject : subjects) {
            Map<String, Object> parts = new LinkedHashMap<>();
            erasure.export(subject.ref()).forEach((part, values) ->
                    parts.put(part, staffByRole(values, bundle, roleLabels)));
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("kind", subject.ref().kind().name());
            entry.put("id", subject.ref().id());
            entry.put("name", subject.name());
            entry.put("role", subject.requester() ? "requester" : "child");
            entry.put("parts", parts);
            content.add(entry);
        }
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("organisation", organisation.name());
        document.put("language", lang);
        document.put("request", requestId);
        document.put("generatedAt", now);
        document.put("subjects", content);
        byte[] jsonBytes = json.writerWithDefaultPrettyPrinter().writeValueAsBytes(plain(document));
        byte[] pdfBytes = pdf(requestId, now, content, lang, bundle);
        for (Subject subject : subjects) {
            events.publishEvent(new PersonalDataAccessed(subject.ref(), "EXPORTED", "request " + requestId, requestId));
        }
        return new Export(requestId, now, jsonBytes, pdfBytes, lang);
    }

    /**
     * The erasure preview, for the confirmation dialog: what each module holds about one subject of the request
     * ({@code person}), or about every subject when it is null, and what erasure must keep, with the reason.
     */
    @PreAuthorize(ACCESS)
    public List<SubjectHoldings> preview(long requestId, DataSubjectRef person) {
        RightsRequest request = require(requests, requestId);
        requireErasure(request);
        return chosen(actionableSubjects(request), person).stream()
                .map(s -> new SubjectHoldings(s, erasure.preview(s.ref())))
                .toList();
    }

    /**
     * Erases the personal data of one subject of the request ({@code person}: the requester or one of the children),
     * or of every subject when it is null, in every module, keeping only the traces the law requires, under a pseudonym
     * per subject; the others are left as they are. One transaction: either every module is erased or nothing is.
     * The requester's name, e-mail and (for a reply by post) postal address stay on this request until its reply is
     * recorded as sent ({@link RightsRequest#pseudonymiseRequester}).
     * Refused without the erasure right or for a requester not found in the records. Audited on each subject.
     */
    @PreAuthorize(ACCESS)
    @Transactional
    public void erase(long requestId, DataSubjectRef person) {
        RightsRequest request = require(requests, requestId);
        requireErasure(request);
        List<Subject> erased = chosen(actionableSubjects(request), person);
        // Art. 17(3)(e): a legal hold on any of them refuses the whole erasure, before anything is done or told.
        for (Subject subject : erased) {
            try {
                erasure.requireNoHold(subject.ref());
            } catch (LegalHoldException held) {
                throw new BusinessRuleException(held.hold().until() == null ? "privacy.actions.error.legalHold"
                        : "privacy.actions.error.legalHoldUntil", subject.name(), held.hold().reason(),
                        held.hold().until() == null ? "" : DATE.format(held.hold().until()));
            }
        }
        // Art. 19, before the erasure: the trainers are found through the links and enrolments it changes.
        RecipientNotification.Told told = recipients.notify(request, erased.stream().map(Subject::ref).toList(),
                RecipientNotices.Change.ERASED);
        for (Subject subject : erased) {
            DataSubjectRef ref = subject.ref();
            String pseudonym = "Personne-" + requestId + "-" + ref.kind() + "-" + ref.id();
            if (subject.requester()) {
                // Before the record is erased: the reply to this request must still reach the requester.
                directory.contactForReply(ref).ifPresent(c ->
                        request.holdForReply(c.email(), c.postalAddress(), clock.instant()));
            }
            erasure.erase(ref, pseudonym, "request " + requestId);
        }
        // After the handlers, which clear the notes of the person's requests: this line names no one but trainers' numbers.
        recipients.recordInHistory(told);
    }

    /**
     * The postal address kept on the request for the reply to a requester whose data was erased, until the reply is
     * recorded as sent; empty otherwise (see {@link RightsRequest#holdForReply}).
     */
    @PreAuthorize(ACCESS)
    public java.util.Optional<String> replyAddress(long requestId) {
        return java.util.Optional.ofNullable(require(requests, requestId).getReplyAddress());
    }

    /**
     * Switches the restriction of processing (art. 18) on or off in every module for one subject of the request
     * ({@code person}), or for every subject when null. Audited.
     */
    @PreAuthorize(ACCESS)
    @Transactional
    public void restrict(long requestId, DataSubjectRef person, boolean on) {
        RightsRequest request = require(requests, requestId);
        if (request.getRights().stream().noneMatch(RESTRICTION_RIGHTS::contains)) {
            throw new BusinessRuleException("privacy.actions.error.noRestrictionRight");
        }
        List<Subject> switched = chosen(actionableSubjects(request), person);
        for (Subject subject : switched) {
            erasure.restrict(subject.ref(), on, "request " + requestId);
        }
        if (on) {
            recipients.tell(request, switched.stream().map(Subject::ref).toList(), RecipientNotices.Change.RESTRICTED);
        }
    }

    /**
     * What erasure keeps about the people of a request, and why, without repeats: each handler's own account, as the
     * erasure preview shows it. For the completion letter, so it may be asked also once the request is answered or
     * closed (unlike the preview). Unconfirmed matches are left out: nothing was done to them.
     */
    @Transactional(readOnly = true)
    List<PersonalDataHandler.Retained> keptOnErasure(long requestId) {
        return subjects(require(requests, requestId)).stream().filter(Subject::confirmed)
                .flatMap(s -> erasure.kept(s.ref()).stream())
                .distinct().toList();
    }

    /**
     * The legal holds in force on the confirmed people of an erasure request, without repeats: the reason a refusal
     * letter gives for what cannot be erased (art. 17(3)(e)). Empty for a request without the erasure right.
     */
    @Transactional(readOnly = true)
    List<LegalHolds.Hold> holdsAgainstErasure(long requestId) {
        RightsRequest request = require(requests, requestId);
        if (!request.getRights().contains(Right.ERASURE)) {
            return List.of();
        }
        return subjects(request).stream().filter(Subject::confirmed)
                .flatMap(s -> erasure.holdOn(s.ref()).stream()).distinct().toList();
    }

    private static void requireErasure(RightsRequest request) {
        if (!request.getRights().contains(Right.ERASURE)) {
            throw new BusinessRuleException("privacy.actions.error.noErasureRight");
        }
    }

    /** The chosen subject only, or all of them when none is chosen; someone the request does not cover is refused. */
    private static List<Subject> chosen(List<Subject> subjects, DataSubjectRef person) {
        if (person == null) {
            return subjects;
        }
        List<Subject> one = subjects.stream().filter(s -> s.ref().equals(person)).toList();
        if (one.isEmpty()) {
            throw new BusinessRuleException("privacy.actions.error.notCovered");
        }
        return one;
    }

    /**
     * The people a request covers, provided the requester is known, every match is confirmed and the request may be
     * acted on now; otherwise the reason why not. The one rule for every action on the people behind a request
     * (export, erasure, restriction, rectification, objection). Runs in the caller's transaction, which a refusal
     * does not mark for rollback (the caller decides).
     */
    @Transactional(readOnly = true, noRollbackFor = BusinessRuleException.class)
    List<Subject> actionableSubjects(long requestId) {
        return actionableSubjects(require(requests, requestId));
    }

    private List<Subject> actionableSubjects(RightsRequest request) {
        if (request.requester() == null) {
            throw new BusinessRuleException("privacy.actions.error.requesterUnknown");
        }
        if (request.getStatus() == RequestStatus.AWAITING_IDENTITY) {
            throw new BusinessRuleException("privacy.actions.error.identityPending");
        }
        if (NOT_ACTIONABLE.contains(request.getStatus())) {
            throw new BusinessRuleException("privacy.actions.error.requestFinished");
        }
        List<Subject> subjects = subjects(request);
        for (Subject subject : subjects) {
            if (!subject.confirmed()) {
                throw new BusinessRuleException("privacy.actions.error.matchUnconfirmed", subject.name());
            }
        }
        return subjects;
    }

    private List<Subject> subjects(RightsRequest request) {
        List<Subject> subjects = new ArrayList<>();
        DataSubjectRef requester = request.requester();
        if (requester == null) {
            return subjects;
        }
        Map<Long, String> childNames = new HashMap<>();
        if (requester.kind() == PersonKind.GUARDIAN && !request.representedPupilIds().isEmpty()) {
            guardians.pupilsOf(requester.id()).forEach(l -> childNames.put(l.pupilId(), l.pupilName()));
        }
        for (RequestSubject s : request.getSubjects()) {
            boolean isRequester = s.getRole() == SubjectRole.REQUESTER;
            String name = isRequester ? request.getRequesterName()
                    : childNames.getOrDefault(s.person().id(), "n° " + s.person().id());
            subjects.add(new Subject(s.person(), name, isRequester, s.isConfirmed()));
        }
        return subjects;
    }

    /** Plain JSON values: dates and times as ISO-8601 strings, maps and lists recursively, other objects as text. */
    private static Object plain(Object value) {
        if (value == null || value instanceof String || value instanceof Number || value instanceof Boolean) {
            return value;
        }
        if (value instanceof Instant moment) {
            // A moment reads as the Brussels time the pages show, with its offset, so it stays unambiguous.
            return DisplayFormats.iso(moment);
        }
        if (value instanceof TemporalAccessor || value instanceof Enum<?> || value instanceof Character) {
            return value.toString();
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> copy.put(String.valueOf(k), plain(v)));
            return copy;
        }
        if (value instanceof Collection<?> list) {
            return list.stream().map(SubjectRightsService::plain).toList();
        }
        if (value instanceof Object[] array) {
            return plain(List.of(array));
        }
        return value.toString();
    }

    /* ---------- staff by role (CJEU C-579/21) ---------- */

    /**
     * Whether a field of a module's export names who acted (a staff login): "actor", "assignee", or any "…By" field
     * (recordedBy, checkedBy, deletedBy, …). A rule on the name, not a list, so that a field a module adds later is
     * exported as a role too.
     */
    private static boolean namesStaff(String field) {
        return field.equals("actor") || field.equals("assignee") || field.endsWith("By");
    }
    /** The fields that already hold role codes (comma-separated), as the audit log stores them. */
    private static final Set<String> ACTOR_ROLE_FIELDS = Set.of("actorRoles");

    /** A copy of a module's export where every login of who acted is replaced by their role, in the reader's language. */
    private Map<String, Object> staffByRole(Map<?, ?> values, ResourceBundle bundle, Map<String, String> cache) {
        Map<String, Object> copy = new LinkedHashMap<>();
        values.forEach((k, v) -> {
            String key = String.valueOf(k);
            if (ACTOR_ROLE_FIELDS.contains(key) && v instanceof String codes) {
                copy.put(key, roleLabels(Arrays.stream(codes.split(",")).map(String::strip).collect(Collectors.toSet()), bundle));
            } else {
                copy.put(key, namesStaff(key) && v instanceof String login ? role(login, bundle, cache)
                        : staffByRoleIn(v, bundle, cache));
            }
        });
        return copy;
    }

    private Object staffByRoleIn(Object value, ResourceBundle bundle, Map<String, String> cache) {
        if (value instanceof Map<?, ?> map) {
            return staffByRole(map, bundle, cache);
        }
        if (value instanceof Collection<?> list) {
            return list.stream().map(v -> staffByRoleIn(v, bundle, cache)).toList();
        }
        return value;
    }

    private String role(String login, ResourceBundle bundle, Map<String, String> cache) {
        return cache.computeIfAbsent(login, l -> {
            if (Actors.isSystem(l)) {
                return bundle.getString("privacy.export.staff.SYSTEM");
            }
            return roleLabels(staffRoles.rolesOf(l), bundle);
        });
    }

    private static String roleLabels(Set<String> roles, ResourceBundle bundle) {
        List<String> known = roles.stream().filter(r -> bundle.containsKey("privacy.export.staff." + r)).sorted().toList();
        if (known.isEmpty()) {
            return bundle.getString("privacy.export.staff.UNKNOWN");
        }
        return known.stream().map(r -> bundle.getString("privacy.export.staff." + r)).collect(Collectors.joining(" / "));
    }

    /* ---------- the PDF, in the reader's language, written by PdfDocument ---------- */

    /** The translation prefixes of coded values, by field: "IN_PROGRESS" reads as the status's label. */
    private static final Map<String, List<String>> VALUE_LABELS = Map.ofEntries(
            Map.entry("status", List.of("privacy.status.")), Map.entry("from", List.of("privacy.status.")),
            Map.entry("to", List.of("privacy.status.")), Map.entry("rights", List.of("privacy.right.")),
            Map.entry("channel", List.of("privacy.channel.")), Map.entry("roles", List.of("privacy.export.staff.")),
            Map.entry("relationship", List.of("people.relationship.")), Map.entry("stage", List.of("people.pupil.stage.")),
            Map.entry("dataSource", List.of("people.dataSource.")),
            Map.entry("purpose", List.of("privacy.processing.purpose.")), Map.entry("consentStatus", List.of("consent.status.")),
            Map.entry("consentChannel", List.of("consent.channel.")), Map.entry("giver", List.of("consent.giver.")),
            Map.entry("guardianRelationship", List.of("people.relationship.")),
            Map.entry("kind", List.of("privacy.export.kind.", "people.contact.kind.", "privacy.letter.kind.")),
            Map.entry("result", List.of("privacy.identity.result.")), Map.entry("deletionCause", List.of("privacy.copyDeletion.")),
            Map.entry("action", List.of("privacy.export.action.")));

    private byte[] pdf(long requestId, Instant now, List<Map<String, Object>> subjects, String lang,
                       ResourceBundle bundle) {
        String title = bundle.getString("privacy.export.pdf.title");
        return PdfDocument.write(PdfDocument.Layout.REPORT, title, organisation.name(), "the export of request " + requestId, pdf -> {
            pdf.paragraph(Style.TITLE, title)
                    .paragraph(Style.TEXT, organisation.name() + ", " + organisation.address() + ", " + organisation.privacyEmail())
                    .paragraph(Style.TEXT, format(bundle, lang, "privacy.export.pdf.request", String.valueOf(requestId), DATE_TIME.format(now)))
                    .paragraph(Style.NOTE, bundle.getString("privacy.export.pdf.intro"))
                    .paragraph(Style.HEADING, accessInformation.title(lang), 14);
            for (String paragraph : accessInformation.paragraphs(lang)) {
                pdf.lines(Style.TEXT, paragraph, 4);
            }
            for (Map<String, Object> subject : subjects) {
                String kind = label(bundle, "privacy.export.kind." + subject.get("kind"), String.valueOf(subject.get("kind")));
                pdf.paragraph(Style.HEADING, format(bundle, lang,
                        "requester".equals(subject.get("role")) ? "privacy.export.pdf.requester" : "privacy.export.pdf.child",
                        String.valueOf(subject.get("name")), kind, String.valueOf(subject.get("id"))), 14);
                @SuppressWarnings("unchecked")
                Map<String, Object> parts = (Map<String, Object>) subject.get("parts");
                for (Map.Entry<String, Object> part : parts.entrySet()) {
                    pdf.paragraph(Style.PART, format(bundle, lang, "privacy.export.pdf.part",
                            label(bundle, "privacy.actions.part." + part.getKey(), part.getKey())), 8);
                    if (part.getValue() instanceof Map<?, ?> values && !values.isEmpty()) {
                        lines(pdf, values, 0, lang, bundle);
                    } else {
                        pdf.paragraph(Style.NOTE, bundle.getString("privacy.export.pdf.none"));
                    }
                }
            }
        });
    }

    /** The lines of the export: each label as the language punctuates it ("Prénom :", "First name:"), then the value. */
    private static void lines(PdfDocument pdf, Map<?, ?> values, int depth, String lang, ResourceBundle bundle) {
        for (Map.Entry<?, ?> entry : values.entrySet()) {
            Object value = entry.getValue();
            String field = String.valueOf(entry.getKey());
            String key = format(bundle, lang, "privacy.export.pdf.label", fieldLabel(bundle, field));
            if (value instanceof Map<?, ?> nested) {
                pdf.labelled(key, nested.isEmpty() ? "—" : "", depth);
                lines(pdf, nested, depth + 1, lang, bundle);
            } else if (value instanceof Collection<?> list && list.stream().anyMatch(v -> v instanceof Map<?, ?>)) {
                pdf.labelled(key, list.isEmpty() ? "—" : "", depth);
                int i = 1;
                for (Object item : list) {
                    String number = format(bundle, lang, "privacy.export.pdf.label",
                            format(bundle, lang, "privacy.export.pdf.item", String.valueOf(i++)));
                    if (item instanceof Map<?, ?> nested) {
                        pdf.labelled(number, "", depth + 1);
                        lines(pdf, nested, depth + 2, lang, bundle);
                    } else {
                        pdf.labelled(number, text(item, field, bundle), depth + 1);
                    }
                }
            } else {
                pdf.labelled(key, text(value, field, bundle), depth);
            }
        }
    }

    /**
     * A field's label in the reader's language ({@code privacy.export.field.<name>}); a field a module adds without a
     * label reads as words ("rosterViews" as "roster views"), never as the bare name.
     */
    private static String fieldLabel(ResourceBundle bundle, String field) {
        String key = "privacy.export.field." + field;
        return bundle.containsKey(key) ? bundle.getString(key)
                : field.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
    }

    private static String text(Object value, String field, ResourceBundle bundle) {
        if (value == null) {
            return "—";
        }
        if (value instanceof LocalDate d) {
            return DATE.format(d);
        }
        if (value instanceof Instant t) {
            return DATE_TIME.format(t);
        }
        if (value instanceof Boolean b) {
            return bundle.getString(b ? "privacy.export.pdf.yes" : "privacy.export.pdf.no");
        }
        if (value instanceof Collection<?> list) {
            return list.isEmpty() ? "—" : String.join(", ", list.stream().map(v -> text(v, field, bundle)).toList());
        }
        String s = value.toString();
        if (s.isBlank()) {
            return "—";
        }
        for (String prefix : VALUE_LABELS.getOrDefault(field, List.of())) {
            if (bundle.containsKey(prefix + s)) {
                return bundle.getString(prefix + s);
            }
        }
        // An audit action a module adds without a label still reads as words.
        return "action".equals(field) ? s.replace('_', ' ').toLowerCase(Locale.ROOT) : s;
    }

    private static String label(ResourceBundle bundle, String key, String fallback) {
        return bundle.containsKey(key) ? bundle.getString(key) : fallback;
    }

    private static String format(ResourceBundle bundle, String lang, String key, Object... args) {
        return Translations.format(Locale.of(lang), bundle.getString(key), args);
    }
}
