package be.classeur.courses;

import be.classeur.courses.domain.CourseGroupRepository;
import be.classeur.kernel.Actors;
import be.classeur.kernel.CurrentTrainer;
import be.classeur.kernel.audit.SecurityEvent;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Object-level access for trainers: a trainer reaches only the groups they teach. Used in {@code @PreAuthorize}
 * as {@code @groupAccess.isOwnGroup(#groupId)}; a refused attempt is logged and audited.
 */
@Component("groupAccess")
public class GroupAccess {
    private static final Logger log = LoggerFactory.getLogger(GroupAccess.class);
    private final CourseGroupRepository groups;
    private final CurrentTrainer currentTrainer;
    private final ApplicationEventPublisher events;

    GroupAccess(CourseGroupRepository groups, CurrentTrainer currentTrainer, ApplicationEventPublisher events) {
        this.groups = groups;
        this.currentTrainer = currentTrainer;
        this.events = events;
    }

    @Transactional
    public boolean isOwnGroup(Long groupId) {
        Optional<Long> trainer = currentTrainer.trainerId();
        boolean own = groupId != null && trainer.isPresent() && groups.isTaughtBy(groupId, trainer.get());
        if (!own) {
            log.warn("Access denied: {} (trainer {}) asked for course group {}", Actors.current(), trainer.orElse(null), groupId);
            events.publishEvent(SecurityEvent.of("ACCESS_DENIED", "course group " + groupId + " by trainer " + trainer.orElse(null)));
        }
        return own;
    }
}
