package be.classeur.courses;

import be.classeur.courses.domain.EnrolmentRepository;
import be.classeur.kernel.Actors;
import be.classeur.kernel.CurrentTrainer;
import be.classeur.kernel.TaughtPupils;
import be.classeur.kernel.audit.SecurityEvent;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Object-level access to pupils for trainers, for the people module's services: a trainer reaches the guardian
 * contact of the pupils currently in the groups they teach, and no other. A refused attempt is logged and audited,
 * like {@link GroupAccess}.
 */
@Component(TaughtPupils.BEAN)
class TrainerPupilsAccess implements TaughtPupils {
    private static final Logger log = LoggerFactory.getLogger(TrainerPupilsAccess.class);
    private final EnrolmentRepository enrolments;
    private final CurrentTrainer currentTrainer;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    TrainerPupilsAccess(EnrolmentRepository enrolments, CurrentTrainer currentTrainer, ApplicationEventPublisher events,
                        Clock clock) {
        this.enrolments = enrolments;
        this.currentTrainer = currentTrainer;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    public boolean areCurrentlyTaughtByCurrentTrainer(Collection<Long> pupilIds) {
        Optional<Long> trainer = currentTrainer.trainerId();
        if (pupilIds == null || pupilIds.isEmpty()) {
            return trainer.isPresent();
        }
        long distinct = new HashSet<>(pupilIds).size();
        boolean taught = trainer.isPresent()
                && enrolments.countPupilsTaughtBy(trainer.get(), pupilIds, LocalDate.now(clock)) == distinct;
        if (!taught) {
            log.warn("Access denied: {} (trainer {}) asked for pupils {}", Actors.current(), trainer.orElse(null), pupilIds);
            events.publishEvent(SecurityEvent.of("ACCESS_DENIED", "pupils " + pupilIds + " by trainer " + trainer.orElse(null)));
        }
        return taught;
    }
}
