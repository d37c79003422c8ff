package be.classeur.courses;

import be.classeur.kernel.Actors;
import be.classeur.kernel.audit.SecurityEvent;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The one way the courses module's object-level checks for trainers (own group, taught pupils, colleagues) record a
 * refusal: a warning in the log and an {@code ACCESS_DENIED} audit line naming what was asked for.
 */
@Component
class TrainerAccessRefusals {
    private static final Logger log = LoggerFactory.getLogger(TrainerAccessRefusals.class);
    private final ApplicationEventPublisher events;

    TrainerAccessRefusals(ApplicationEventPublisher events) {
        this.events = events;
    }

    /** Returns {@code allowed}; when it is false, logs and audits that this trainer asked for {@code asked}. */
    boolean recordUnless(boolean allowed, @Nullable Long trainerId, String asked) {
        if (!allowed) {
            log.warn("Access denied: {} (trainer {}) asked for {}", Actors.current(), trainerId, asked);
            events.publishEvent(SecurityEvent.of("ACCESS_DENIED", asked + " by trainer " + trainerId));
        }
        return allowed;
    }
}
