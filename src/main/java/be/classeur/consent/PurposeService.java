package be.classeur.consent;

import be.classeur.consent.domain.ProcessingActivity;
import be.classeur.consent.domain.ProcessingActivityRepository;
import be.classeur.kernel.BusinessRuleException;
import be.classeur.kernel.Translations;
import be.classeur.kernel.audit.SecurityEvent;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The purposes of processing (the register's rows), which the privacy officer edits and administrators read: the
 * officer's own wording in French, English and Dutch, the legal basis among the known ones, whether consent is needed,
 * and the soft opt-in. Every edit is checked against the version read (a concurrent edit never overwrites) and audited.
 * Rows are neither added nor deleted here; whether consent is recorded per person is fixed (the website's analytics,
 * outside Classeur, stay in the register only).
 */
@Service
@Transactional(readOnly = true)
public class PurposeService {
    static final String LEGAL_BASIS_PREFIX = "privacy.processing.legalBasis.";
    /** The one purpose the soft opt-in can apply to (CDE art. XII.13: e-mail to existing customers). */
    public static final String ACTIVITY_NEWS = "ACTIVITY_NEWS";

    private final ProcessingActivityRepository activities;
    private final Validator validator;
    private final ApplicationEventPublisher events;

    PurposeService(ProcessingActivityRepository activities, Validator validator, ApplicationEventPublisher events) {
        this.activities = activities;
        this.validator = validator;
        this.events = events;
    }

    /** Every purpose in the policy's order. */
    @PreAuthorize("hasAnyRole('PRIVACY_OFFICER', 'ADMIN')")
    public List<PurposeRow> purposes() {
        return activities.findAllByOrderByDisplayOrderAscIdAsc().stream().map(PurposeService::row).toList();
    }

    /** The legal basis codes the translation files word ({@code privacy.processing.legalBasis.*}), sorted. */
    @PreAuthorize("hasAnyRole('PRIVACY_OFFICER', 'ADMIN')")
    public List<String> legalBases() {
        return knownLegalBases();
    }

    static List<String> knownLegalBases() {
        List<String> codes = new ArrayList<>();
        for (String key : Collections.list(Translations.bundle(Locale.FRENCH).getKeys())) {
            if (key.startsWith(LEGAL_BASIS_PREFIX)) {
                codes.add(key.substring(LEGAL_BASIS_PREFIX.length()));
            }
        }
        Collections.sort(codes);
        return codes;
    }

    /**
     * Changes one purpose, as read at {@code expectedVersion}; refused when someone saved it meanwhile, when the legal
     * basis is not a known one, or for a soft opt-in on another purpose than news by e-mail. Audited with what changed.
     */
    @PreAuthorize("hasRole('PRIVACY_OFFICER')")
    @Transactional
    public PurposeRow update(String code, long expectedVersion, PurposeDraft draft) {
        ProcessingActivity activity = activities.findByCode(code)
                .orElseThrow(() -> new BusinessRuleException("consent.purposes.error.notFound", code));
        if (activity.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(ProcessingActivity.class, activity.getId());
        }
        Set<ConstraintViolation<PurposeDraft>> violations = validator.validate(draft);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        String legalBasis = draft.getLegalBasis().strip();
        if (!knownLegalBases().contains(legalBasis)) {
            throw new BusinessRuleException("consent.purposes.error.legalBasis", legalBasis);
        }
        if (draft.isSoftOptIn() && !ACTIVITY_NEWS.equals(code)) {
            throw new BusinessRuleException("consent.purposes.error.softOptIn");
        }
        List<String> changed = new ArrayList<>();
        String fr = blankToNull(draft.getDescriptionFr());
        String en = blankToNull(draft.getDescriptionEn());
        String nl = blankToNull(draft.getDescriptionNl());
        note(changed, "description_fr", activity.getDescriptionFr(), fr);
        note(changed, "description_en", activity.getDescriptionEn(), en);
        note(changed, "description_nl", activity.getDescriptionNl(), nl);
        if (!activity.getLegalBasis().equals(legalBasis)) {
            changed.add("legal_basis " + activity.getLegalBasis() + " -> " + legalBasis);
        }
        if (activity.isConsentRequired() != draft.isConsentRequired()) {
            changed.add("consent_required " + draft.isConsentRequired());
        }
        if (activity.isSoftOptIn() != draft.isSoftOptIn()) {
            changed.add("soft_opt_in " + draft.isSoftOptIn());
        }
        if (changed.isEmpty()) {
            return row(activity);
        }
        activity.edit(fr, en, nl, legalBasis, draft.isConsentRequired(), draft.isSoftOptIn());
        ProcessingActivity saved = activities.saveAndFlush(activity);
        events.publishEvent(SecurityEvent.of("PURPOSE_UPDATED", code + ": " + String.join(", ", changed)));
        return row(saved);
    }

    private static void note(List<String> changed, String what, @Nullable String before, @Nullable String after) {
        if (!Objects.equals(before, after)) {
            changed.add(what);
        }
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static PurposeRow row(ProcessingActivity a) {
        return new PurposeRow(a.getCode(), a.getVersion(), a.getLegalBasis(), a.getDescriptionFr(), a.getDescriptionEn(),
                a.getDescriptionNl(), a.isConsentRequired(), a.isRecordedPerPerson(), a.isSoftOptIn());
    }
}
