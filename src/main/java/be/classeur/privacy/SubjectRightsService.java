package be.classeur.privacy;

import static be.classeur.privacy.domain.RightsRequestRepository.require;

import be.classeur.accounts.RecipientNotices;
import be.classeur.kernel.BusinessRuleException;
import be.classeur.kernel.DataSubjectRef;
import be.classeur.kernel.PersonKind;
import be.classeur.kernel.PersonalDataHandler;
import be.classeur.kernel.audit.PersonalDataAccessed;
import be.classeur.kernel.audit.PersonalDataChanged;
import be.classeur.people.GuardianService;
import be.classeur.privacy.domain.RequestStatus;
import be.classeur.privacy.domain.RequestSubject;
import be.classeur.privacy.domain.Right;
import be.classeur.privacy.domain.RightsRequest;
import be.classeur.privacy.domain.RightsRequestRepository;
import be.classeur.privacy.domain.SubjectRole;
import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Acts on a rights request over every module's personal data, through the {@link PersonalDataHandler} contract:
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
    /** The organisation named on the export. */
    public static final String ORGANISATION = "asbl Cours en Plus";
    /** The rights that entitle the requester to a copy of their data. */
    public static final Set<Right> EXPORT_RIGHTS = EnumSet.of(Right.ACCESS, Right.PORTABILITY);
    /** The rights under which processing may be restricted (art. 18(1): contested accuracy, objection, request). */
    public static final Set<Right> RESTRICTION_RIGHTS = EnumSet.of(Right.RESTRICTION, Right.RECTIFICATION, Right.OBJECTION);
    private static final Set<RequestStatus> NOT_ACTIONABLE =
            EnumSet.of(RequestStatus.AWAITING_IDENTITY, RequestStatus.REFUSED, RequestStatus.CLOSED);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private final RightsRequestRepository requests;
    private final List<PersonalDataHandler> handlers;
    private final GuardianService guardians;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final JsonMapper json;
    private final RecipientNotification recipients;

    SubjectRightsService(RightsRequestRepository requests, List<PersonalDataHandler> handlers, GuardianService guardians,
                         ApplicationEventPublisher events, Clock clock, ObjectProvider<JsonMapper> json,
                         RecipientNotification recipients) {
        this.recipients = recipients;
        this.requests = requests;
        this.handlers = List.copyOf(handlers);
        this.guardians = guardians;
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

    /** The export of a request: the same content as JSON (portability) and as a readable PDF (access). */
    public record Export(long requestId, LocalDateTime generatedAt, byte[] json, byte[] pdf) {
        public String jsonFileName() {
            return "export-demande-" + requestId + ".json";
        }

        public String pdfFileName() {
            return "export-demande-" + requestId + ".pdf";
        }
    }

    /** The people the request is about: the requester, and the pupils the guardian asks for. */
    @PreAuthorize(ACCESS)
    public List<Subject> subjectsOf(long requestId) {
        return subjects(require(requests, requestId));
    }

    /**
     * Builds the requester's export (and the child's, when a guardian asks for a minor): every module's part, as JSON
     * and as a PDF in French. Refused without the access or portability right, for a requester not found in the
     * records, and while the identity is being checked or once the request is refused or closed. Audited on each subject.
     */
    @PreAuthorize(ACCESS)
    @Transactional // not read-only: the audit lines of the export are written in the same transaction
    public Export exportFor(long requestId) {
        RightsRequest request = require(requests, requestId);
        if (request.getRights().stream().noneMatch(EXPORT_RIGHTS::contains)) {
            throw new BusinessRuleException("privacy.actions.error.noExportRight");
        }
        List<Subject> subjects = actionableSubjects(request);
        LocalDateTime now = LocalDateTime.now(clock);
        List<Map<String, Object>> content = new ArrayList<>();
        for (Subject subject : subjects) {
            Map<String, Object> parts = new LinkedHashMap<>();
            for (PersonalDataHandler handler : handlers) {
                Map<String, Object> part = handler.export(subject.ref());
                parts.put(handler.part(), part == null ? Map.of() : part);
            }
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("kind", subject.ref().kind().name());
            entry.put("id", subject.ref().id());
            entry.put("name", subject.name());
            entry.put("role", subject.requester() ? "requester" : "child");
            entry.put("parts", parts);
            content.add(entry);
        }
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("organisation", ORGANISATION);
        document.put("request", requestId);
        document.put("generatedAt", now);
        document.put("subjects", content);
        byte[] jsonBytes = json.writerWithDefaultPrettyPrinter().writeValueAsBytes(plain(document));
        byte[] pdfBytes = pdf(requestId, now, content);
        for (Subject subject : subjects) {
            events.publishEvent(new PersonalDataAccessed(subject.ref(), "EXPORTED", "request " + requestId));
        }
        return new Export(requestId, now, jsonBytes, pdfBytes);
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
                .map(s -> new SubjectHoldings(s, handlers.stream().map(h -> h.describe(s.ref())).toList()))
                .toList();
    }

    /**
     * Erases the personal data of one subject of the request ({@code person}: the requester or one of the children),
     * or of every subject when it is null, in every module, keeping only the traces the law requires, under a pseudonym
     * per subject; the others are left as they are. One transaction: either every module is erased or nothing is.
     * Refused without the erasure right or for a requester not found in the records. Audited on each subject.
     */
    @PreAuthorize(ACCESS)
    @Transactional
    public void erase(long requestId, DataSubjectRef person) {
        RightsRequest request = require(requests, requestId);
        requireErasure(request);
        List<Subject> erased = chosen(actionableSubjects(request), person);
        // Art. 19, before the erasure: the trainers are found through the links and enrolments it changes.
        recipients.tell(request, erased.stream().map(Subject::ref).toList(), RecipientNotices.Change.ERASED);
        for (Subject subject : erased) {
            DataSubjectRef ref = subject.ref();
            String pseudonym = "Personne-" + requestId + "-" + ref.kind() + "-" + ref.id();
            for (PersonalDataHandler handler : handlers) {
                handler.anonymise(ref, pseudonym);
            }
            events.publishEvent(new PersonalDataChanged(ref, "ERASED", "request " + requestId + " as " + pseudonym));
        }
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
            for (PersonalDataHandler handler : handlers) {
                handler.restrict(subject.ref(), on);
            }
            events.publishEvent(new PersonalDataChanged(subject.ref(), on ? "RESTRICTED" : "RESTRICTION_LIFTED",
                    "request " + requestId));
        }
        if (on) {
            recipients.tell(request, switched.stream().map(Subject::ref).toList(), RecipientNotices.Change.RESTRICTED);
        }
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

    /* ---------- the PDF, in French; every value is written as plain text, never parsed as markup ---------- */

    private static final Font TITLE = new Font(Font.HELVETICA, 18, Font.BOLD);
    private static final Font SUBJECT = new Font(Font.HELVETICA, 14, Font.BOLD);
    private static final Font PART = new Font(Font.HELVETICA, 12, Font.BOLD);
    private static final Font KEY = new Font(Font.HELVETICA, 10, Font.BOLD);
    private static final Font TEXT = new Font(Font.HELVETICA, 10, Font.NORMAL);
    private static final Font SMALL = new Font(Font.HELVETICA, 9, Font.ITALIC);

    private static byte[] pdf(long requestId, LocalDateTime now, List<Map<String, Object>> subjects) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 50, 50, 50, 50);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle("Vos données personnelles");
            document.addAuthor(ORGANISATION);
            document.open();
            document.add(new Paragraph("Vos données personnelles", TITLE));
            document.add(new Paragraph(ORGANISATION, TEXT));
            document.add(new Paragraph("Demande n° " + requestId + " — document établi le " + DATE_TIME.format(now), TEXT));
            document.add(new Paragraph("Ce document reprend les données personnelles que l’asbl conserve à votre sujet "
                    + "(RGPD, art. 15 et 20). Une copie au format JSON est fournie pour la portabilité.", SMALL));
            for (Map<String, Object> subject : subjects) {
                Paragraph heading = new Paragraph(("requester".equals(subject.get("role")) ? "Demandeur : " : "Enfant représenté : ")
                        + subject.get("name") + " (" + kindLabel(String.valueOf(subject.get("kind"))) + " n° " + subject.get("id") + ")", SUBJECT);
                heading.setSpacingBefore(14);
                document.add(heading);
                @SuppressWarnings("unchecked")
                Map<String, Object> parts = (Map<String, Object>) subject.get("parts");
                for (Map.Entry<String, Object> part : parts.entrySet()) {
                    Paragraph partTitle = new Paragraph("Partie « " + part.getKey() + " »", PART);
                    partTitle.setSpacingBefore(8);
                    document.add(partTitle);
                    if (part.getValue() instanceof Map<?, ?> values && !values.isEmpty()) {
                        lines(document, values, 0);
                    } else {
                        document.add(new Paragraph("Aucune donnée.", SMALL));
                    }
                }
            }
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("PDF export of request " + requestId, e);
        }
        return out.toByteArray();
    }

    private static void lines(Document document, Map<?, ?> values, int depth) throws DocumentException {
        for (Map.Entry<?, ?> entry : values.entrySet()) {
            Object value = entry.getValue();
            String key = String.valueOf(entry.getKey());
            if (value instanceof Map<?, ?> nested) {
                document.add(line(key, nested.isEmpty() ? "—" : "", depth));
                lines(document, nested, depth + 1);
            } else if (value instanceof Collection<?> list && list.stream().anyMatch(v -> v instanceof Map<?, ?>)) {
                document.add(line(key, list.isEmpty() ? "—" : "", depth));
                int i = 1;
                for (Object item : list) {
                    if (item instanceof Map<?, ?> nested) {
                        document.add(line("n° " + i++, "", depth + 1));
                        lines(document, nested, depth + 2);
                    } else {
                        document.add(line("n° " + i++, text(item), depth + 1));
                    }
                }
            } else {
                document.add(line(key, text(value), depth));
            }
        }
    }

    private static Paragraph line(String key, String value, int depth) {
        Paragraph p = new Paragraph();
        p.setIndentationLeft(14f * depth);
        p.add(new Chunk(key + " : ", KEY));
        p.add(new Chunk(value, TEXT));
        return p;
    }

    private static String text(Object value) {
        if (value == null) {
            return "—";
        }
        if (value instanceof LocalDate d) {
            return DATE.format(d);
        }
        if (value instanceof LocalDateTime t) {
            return DATE_TIME.format(t);
        }
        if (value instanceof Boolean b) {
            return b ? "oui" : "non";
        }
        if (value instanceof Collection<?> list) {
            return list.isEmpty() ? "—" : String.join(", ", list.stream().map(SubjectRightsService::text).toList());
        }
        String s = value.toString();
        return s.isBlank() ? "—" : s;
    }

    private static String kindLabel(String kind) {
        return switch (kind) {
            case "PUPIL" -> "élève";
            case "GUARDIAN" -> "responsable";
            case "TRAINER" -> "formateur";
            default -> kind;
        };
    }
}
