package be.classeur.courses;

import be.classeur.courses.domain.CourseGroupRepository;
import be.classeur.kernel.Actors;
import be.classeur.kernel.CurrentTrainer;
import be.classeur.kernel.TeachingColleagues;
import be.classeur.kernel.audit.SecurityEvent;
import java.util.Collection;
import java.util.HashSet;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Object-level access to trainers' names for trainers, for the people module's lookups: a trainer sees the names of
 * those they share a group with. A refused attempt is logged and audited, like {@link GroupAccess}.
 */
@Component(TeachingColleagues.BEAN)
class TeachingColleaguesAccess implements TeachingColleagues {
    private static final Logger log = LoggerFactory.getLogger(TeachingColleaguesAccess.class);
    private final CourseGroupRepository groups;
    private final CurrentTrainer currentTrainer;
    private final ApplicationEventPublisher events;

    TeachingColleaguesAccess(CourseGroupRepository groups, CurrentTrainer currentTrainer, ApplicationEventPublisher events) {
        this.groups = groups;
        this.currentTrainer = currentTrainer;
        this.events = events;
    }

    @Override
    @Transactional
    public boolean areColleaguesOfCurrentTrainer(Collection<Long> trainerIds) {
        Optional<Long> trainer = currentTrainer.trainerId();
        if (trainerIds == null || trainerIds.isEmpty()) {
            return trainer.isPresent();
        }
        Collection<Long> others = new HashSet<>(trainerIds);
        trainer.ifPresent(others::remove);
        boolean colleagues = trainer.isPresent()
                && (others.isEmpty() || groups.countColleaguesOf(trainer.get(), others) == others.size());
        if (!colleagues) {
            log.warn("Access denied: {} (trainer {}) asked for trainers {}", Actors.current(), trainer.orElse(null), trainerIds);
            events.publishEvent(SecurityEvent.of("ACCESS_DENIED", "trainers " + trainerIds + " by trainer " + trainer.orElse(null)));
        }
        return colleagues;
    }
}
