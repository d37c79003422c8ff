package be.classeur.consent;

import be.classeur.consent.domain.ProcessingActivity;
import be.classeur.consent.domain.ProcessingActivityRepository;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register of the processing the privacy policy describes: per purpose, its legal basis, data categories,
 * recipients, source and retention period. Seeded by Liquibase; the privacy officer edits the purposes
 * ({@link PurposeService}). The access reply (privacy's AccessReplyInformation) is written from it.
 */
@Service
@Transactional(readOnly = true)
public class ProcessingRegisterService {
    private final ProcessingActivityRepository activities;

    ProcessingRegisterService(ProcessingActivityRepository activities) {
        this.activities = activities;
    }

    /**
     * Every processing activity, in the policy's order: the register, and what the access reply (privacy) is written
     * from. Holds no personal data.
     */
    @PreAuthorize("hasAnyRole('PRIVACY_OFFICER', 'ADMIN')")
    public List<ProcessingActivityRow> activities() {
        return activities.findAllByOrderByDisplayOrderAscIdAsc().stream().map(ProcessingRegisterService::row).toList();
    }

    private static ProcessingActivityRow row(ProcessingActivity a) {
        return new ProcessingActivityRow(a.getCode(), a.getLegalBasis(), a.dataCategories(), a.recipients(),
                a.getDataSource(), a.getRetention(), a.getRetentionMonths(),
                a.getDescriptionFr(), a.getDescriptionEn(), a.getDescriptionNl());
    }
}
