package be.classeur.retention;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The retention job's settings ({@code classeur.retention.*}).
 *
 * @param nearingDays          how many days before its limit a record is listed as nearing (default 90)
 * @param purgeMode            CONFIRM: past-due records wait for the privacy officer's confirmation (default);
 *                             AUTOMATIC: the job erases them itself
 * @param batchSize            how many records the purge reads and erases per batch (default 200)
 * @param cron                 when the job runs, in the organisation's zone (default nightly at 2:30)

 * <p>How long audit events and closed rights requests are kept is not a setting: it is the privacy officer's
 * retention rule for their category ({@link RetentionRules}).
 */
@Validated
@ConfigurationProperties("classeur.retention")
public record RetentionSettings(@DefaultValue("90") @Min(0) int nearingDays,
                                @DefaultValue("CONFIRM") @NotNull PurgeMode purgeMode,
                                @DefaultValue("200") @Min(1) int batchSize,
                                @DefaultValue(RetentionSettings.DEFAULT_CRON) @NotBlank String cron) {
    public static final String DEFAULT_CRON = "0 30 2 * * *";

    /** Whether the past-due records wait for the officer or are erased by the job. */
    public enum PurgeMode { CONFIRM, AUTOMATIC }
}
