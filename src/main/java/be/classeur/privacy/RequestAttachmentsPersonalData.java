package be.classeur.privacy;

import be.classeur.kernel.DataSubjectRef;
import be.classeur.kernel.PersonalDataHandler;
import be.classeur.privacy.domain.RequestAttachment;
import be.classeur.privacy.domain.RightsRequestRepository;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The documents received with the requests that cover a person (as requester, or as a child a guardian acts for): a scanned
 * letter names its writer and usually the child. Erasure deletes the encrypted files and replaces the file names; the
 * request record itself is the privacy part's, kept as proof of what was asked and done.
 */
@Component
class RequestAttachmentsPersonalData implements PersonalDataHandler {
    static final String PART = "attachments";

    private final RightsRequestRepository requests;
    private final RequestAttachmentService attachments;

    RequestAttachmentsPersonalData(RightsRequestRepository requests, RequestAttachmentService attachments) {
        this.requests = requests;
        this.attachments = attachments;
    }

    @Override
    @PreAuthorize(PersonalDataHandler.CALLERS)
    public String part() {
        return PART;
    }

    @Override
    @PreAuthorize(PersonalDataHandler.CALLERS)
    public Set<Class<?>> coverage() {
        return Set.of(RequestAttachment.class);
    }

    @Override
    @PreAuthorize(PersonalDataHandler.CALLERS)
    @Transactional(readOnly = true)
    public Holdings describe(DataSubjectRef subject) {
        List<RequestAttachment> all = attachments.of(requestsConcerning(subject));
        boolean any = all.stream().anyMatch(RequestAttachment::isKept);
        // The files go and their names are replaced; the row (type, size, dates) stays with the request it came with.
        return new Holdings(PART, any ? List.of("privacy.held.attachments.documents") : List.of(),
                all.isEmpty() ? List.of()
                        : List.of(new Retained("privacy.held.attachments.records", PrivacyPersonalData.RETAINED_REQUEST_RECORD)));
    }

    @Override
    @PreAuthorize(PersonalDataHandler.CALLERS)
    @Transactional(readOnly = true)
    public Map<String, Object> export(DataSubjectRef subject) {
        List<Map<String, Object>> documents = attachments.of(requestsConcerning(subject)).stream().map(a -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("requestId", a.getRequestId());
            row.put("name", a.getOriginalName());
            row.put("type", a.getContentType());
            row.put("sizeBytes", a.getSizeBytes());
            row.put("receivedAt", a.getUploadedAt());
            row.put("kept", a.isKept());
            return row;
        }).toList();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("requestDocuments", documents);
        return out;
    }

    @Override
    @PreAuthorize(PersonalDataHandler.CALLERS)
    @Transactional
    public void anonymise(DataSubjectRef subject, String pseudonym) {
        attachments.erase(requestsConcerning(subject), pseudonym);
    }

    /** The documents of a request stay in use for the subject's own request: restriction changes nothing here. */
    @Override
    @PreAuthorize(PersonalDataHandler.CALLERS)
    public void restrict(DataSubjectRef subject, boolean restricted) {
        // Handling the subject's own requests stays lawful under art. 18(2).
    }

    private Set<Long> requestsConcerning(DataSubjectRef subject) {
        return new LinkedHashSet<>(requests.findIdsCovering(subject.kind(), subject.id()));
    }
}
