package be.classeur.courses;

import be.classeur.kernel.Actors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The one way the courses module's object-level checks for trainers (own group, taught pupils, colleagues) record a
 * refusal: a warning in the log naming what was asked for. The {@code ACCESS_DENIED} audit line is written by the audit
 * module for every refusal of method security (these checks run in {@code @PreAuthorize}), once, not here.
 */
@Component
class TrainerAccessRefusals {
    private static final Logger log = LoggerFactory.getLogger(TrainerAccessRefusals.class);

    /** Returns {@code allowed}; when it is false, logs that this trainer asked for {@code asked}. */
    boolean recordUnless(boolean allowed, @Nullable Long trainerId, String asked) {
        if (!allowed) {
            log.warn("Access denied: {} (trainer {}) asked for {}", Actors.current(), trainerId, asked);
        }
        return allowed;
    }
}
