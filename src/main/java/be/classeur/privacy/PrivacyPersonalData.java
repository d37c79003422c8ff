package be.classeur.privacy;

import be.classeur.kernel.DataSubjectRef;
import be.classeur.kernel.PersonalDataHandler;
import be.classeur.privacy.domain.IdentityProof;
import be.classeur.privacy.domain.IdentityProofRepository;
import be.classeur.privacy.domain.LetterSent;
import be.classeur.privacy.domain.LetterSentRepository;
import be.classeur.privacy.domain.RequestStatusChange;
import be.classeur.privacy.domain.RequestStatusChangeRepository;
import be.classeur.privacy.domain.RequestSubject;
import be.classeur.privacy.domain.RightsRequest;
import be.classeur.privacy.domain.RightsRequestRepository;
import be.classeur.privacy.domain.SubjectRole;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The privacy module's part of the personal-data contract: the rights requests that cover the subject, as requester
 * or as a child a guardian asked for ({@code rights_request_subject}). Erasure clears every free text of those requests
 * (description, extension reasons, the notes of the status history, including refusal and doubt notes) and keeps the
 * requests with their status trail (dates, statuses, who) as the proof of what was asked and done. The requester's
 * name and address are replaced by the pseudonym once the reply is recorded as sent, not before: the reply must reach
 * them (see {@link RightsRequest#pseudonymiseRequester}). The rows naming who a request covers
 * stay: they hold only a reference to the person's record, which their own module pseudonymises, and the officer's
 * confirmation, and they prove for whom the request was handled.
 *
 * <p>Accounting records (invoices, payments) do not exist yet; when they do, their module registers its own handler,
 * retaining them for the legal period under Belgian accounting law.
 */
@Component
public class PrivacyPersonalData implements PersonalDataHandler {
    static final String PART = "privacy";
    static final String RETAINED_REQUEST_RECORD = "privacy.retained.requestRecord";
    static final String RETAINED_REPLY = "privacy.retained.replyToRequest";

    private final RightsRequestRepository requests;
    private final RequestStatusChangeRepository changes;
    private final Clock clock;

    private final LetterSentRepository letters;
    private final IdentityProofRepository proofs;

    PrivacyPersonalData(RightsRequestRepository requests, RequestStatusChangeRepository changes, Clock clock,
                        LetterSentRepository letters, IdentityProofRepository proofs) {
        this.requests = requests;
        this.changes = changes;
        this.clock = clock;
        this.letters = letters;
        this.proofs = proofs;
    }

    @Override
    @PreAuthorize(PersonalDataHandler.CALLERS)
    public String part() {
        return PART;
    }

    @Override
    @PreAuthorize(PersonalDataHandler.CALLERS)
    public Set<Class<?>> coverage() {
        return Set.of(RightsRequest.class, RequestStatusChange.class, RequestSubject.class, LetterSent.class, IdentityProof.class);
    }

    @Override
    @PreAuthorize(PersonalDataHandler.CALLERS)
    @Transactional(readOnly = true)
    public Holdings describe(DataSubjectRef subject) {
        List<String> held = new ArrayList<>();
        List<Retained> retained = new ArrayList<>();
        List<RightsRequest> byTheSubject = requestsBy(subject);
        if (!byTheSubject.isEmpty()) {
            held.add("privacy.held.privacy.requestTexts");
            retained.add(new Retained("privacy.held.privacy.requests", RETAINED_REQUEST_RECORD));
            if (byTheSubject.stream().anyMatch(r -> r.getReplyRecordedOn() == null)) {
                retained.add(new Retained("privacy.held.privacy.replyContact", RETAINED_REPLY));
            }
        }
        if (requests.existsCovering(subject.kind(), subject.id(), SubjectRole.REPRESENTED)) {
            held.add("privacy.held.privacy.requestsOnBehalfTexts");
            retained.add(new Retained("privacy.held.privacy.requestsOnBehalf", RETAINED_REQUEST_RECORD));
        }
        return new Holdings(PART, held, retained);
    }

    @Override
    @PreAuthorize(PersonalDataHandler.CALLERS)
    @Transactional(readOnly = true)
    public Map<String, Object> export(DataSubjectRef subject) {
        Map<String, Object> out = new LinkedHashMap<>();
        List<RightsRequest> byTheSubject = requestsBy(subject);
        List<RightsRequest> onTheirBehalf = requestsOnBehalfOf(subject);
        Map<Long, List<RequestStatusChange>> histories = histories(byTheSubject, onTheirBehalf);
        List<Map<String, Object>> made = new ArrayList<>();
        for (RightsRequest r : byTheSubject) {
            Map<String, Object> row = row(r, subject, histories);
            row.put("requesterName", r.getRequesterName());
            row.put("requesterEmail", r.getRequesterEmail());
            row.put("description", r.getDescription());
            row.put("lettersSent", lettersSent(r.getId()));
            row.put("identityChecks", identityChecks(r.getId()));
            made.add(row);
        }
        out.put("rightsRequests", made);
        List<Map<String, Object>> onBehalf = onTheirBehalf.stream().map(r -> row(r, subject, histories)).toList();
        if (!onBehalf.isEmpty()) {
            // Who asked is the guardian's data: only the request itself is the pupil's.
            out.put("rightsRequestsOnBehalf", onBehalf);
        }
        return out;
    }

    @Override
    @PreAuthorize(PersonalDataHandler.CALLERS)
    @Transactional
    public void anonymise(DataSubjectRef subject, String pseudonym) {
        Instant now = clock.instant();
        List<RightsRequest> byTheSubject = requestsBy(subject);
        List<RightsRequest> onTheirBehalf = requestsOnBehalfOf(subject);
        byTheSubject.forEach(r -> r.pseudonymiseRequester(pseudonym, now));
        onTheirBehalf.forEach(r -> r.clearDescription(now));
        // The status trail stays; its notes (refusal reasons, doubts about identity, remarks) may quote the person.
        histories(byTheSubject, onTheirBehalf).values().forEach(steps -> steps.forEach(RequestStatusChange::clearNote));
        // The note on weighing a child's interests is free text about the child.
        onTheirBehalf.forEach(r -> r.representedSubject(subject.id()).ifPresent(RequestSubject::clearInterestNote));
    }

    /** The request queue is the processing of the subject's own rights: restriction does not stop it. */
    @Override
    @PreAuthorize(PersonalDataHandler.CALLERS)
    public void restrict(DataSubjectRef subject, boolean restricted) {
        // Nothing to switch: handling the subject's own requests stays lawful under art. 18(2).
    }

    /**
     * The letters recorded as sent to the requester (their text is not stored). Erasure keeps them: they are the proof
     * that the request was answered in time, and hold no free text.
     */
    private List<Map<String, Object>> lettersSent(long requestId) {
        return letters.findByRequestIdOrderBySentOnAscIdAsc(requestId).stream().map(letter -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("kind", letter.getKind().name());
            row.put("language", letter.getLanguage());
            row.put("sentOn", letter.getSentOn());
            row.put("channel", letter.getChannel() == null ? null : letter.getChannel().name());
            return row;
        }).toList();
    }

    /**
     * The checks of the requester's identity. The copy itself is deleted when the check is recorded, when the request
     * ends, or at the age limit ({@link IdentityProofCleanup}, {@link IdentityCopyExpiryJob}); erasure keeps the row
     * (dates, result, cause) as the proof of the check.
     */
    private List<Map<String, Object>> identityChecks(long requestId) {
        return proofs.findByRequestIdOrderByUploadedAtAscIdAsc(requestId).stream().map(proof -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("uploadedAt", proof.getUploadedAt());
            row.put("result", proof.getResult() == null ? null : proof.getResult().name());
            row.put("checkedAt", proof.getCheckedAt());
            row.put("fileDeletedAt", proof.getFileDeletedAt());
            row.put("deletionCause", proof.getDeletionCause() == null ? null : proof.getDeletionCause().name());
            return row;
        }).toList();
    }

    private List<RightsRequest> requestsBy(DataSubjectRef subject) {
        return requests.findCovering(subject.kind(), subject.id(), SubjectRole.REQUESTER);
    }

    private List<RightsRequest> requestsOnBehalfOf(DataSubjectRef subject) {
        return requests.findCovering(subject.kind(), subject.id(), SubjectRole.REPRESENTED);
    }

    /** The status histories of all the requests exported, in one query, by request. */
    private Map<Long, List<RequestStatusChange>> histories(List<RightsRequest> byTheSubject, List<RightsRequest> onTheirBehalf) {
        Set<Long> ids = new HashSet<>();
        byTheSubject.forEach(r -> ids.add(r.getId()));
        onTheirBehalf.forEach(r -> ids.add(r.getId()));
        if (ids.isEmpty()) {
            return Map.of();
        }
        // groupingBy into lists keeps the query's order within each request.
        return changes.findByRequestIdInOrderByChangedAtAscIdAsc(ids).stream()
                .collect(Collectors.groupingBy(RequestStatusChange::getRequestId));
    }

    private Map<String, Object> row(RightsRequest r, DataSubjectRef subject, Map<Long, List<RequestStatusChange>> histories) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", r.getId());
        // When the privacy officer confirmed that this request is about the subject.
        r.getSubjects().stream().filter(s -> s.person().equals(subject)).findFirst()
                .ifPresent(s -> row.put("matchConfirmedAt", s.getMatchConfirmedAt()));
        // For a child: the officer's age check and the decision on their own interests (not the officer's note).
        r.getSubjects().stream().filter(s -> s.person().equals(subject) && s.getRole() == SubjectRole.REPRESENTED).findFirst()
                .ifPresent(s -> {
                    row.put("minorCheckedAt", s.getMinorCheckedAt());
                    row.put("interestDecision", s.getInterestDecision() == null ? null : s.getInterestDecision().name());
                    row.put("interestDecidedAt", s.getInterestDecidedAt());
                });
        row.put("rights", r.getRights().stream().map(Enum::name).sorted().toList());
        row.put("channel", r.getChannel().name());
        row.put("receivedOn", r.getReceivedOn());
        row.put("status", r.getStatus().name());
        row.put("dueOn", r.getDueOn());
        row.put("replyRecordedOn", r.getReplyRecordedOn());
        List<Map<String, Object>> history = new ArrayList<>();
        for (RequestStatusChange c : histories.getOrDefault(r.getId(), List.of())) {
            Map<String, Object> step = new LinkedHashMap<>();
            step.put("from", c.getFromStatus() == null ? null : c.getFromStatus().name());
            step.put("to", c.getToStatus().name());
            step.put("changedAt", c.getChangedAt());
            // Who handled it, which the export shows as a role (SubjectRightsService), never as a login.
            step.put("changedBy", c.getChangedBy());
            // The note as it read before notes were stored as messages: in French, the organisation's language.
            step.put("note", c.getNote() == null ? null : c.getNote().render(Locale.FRENCH));
            history.add(step);
        }
        row.put("history", history);
        return row;
    }
}
