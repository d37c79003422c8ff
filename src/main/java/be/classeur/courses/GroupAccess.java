package be.classeur.courses;

import be.classeur.courses.domain.CourseGroupRepository;
import be.classeur.kernel.CurrentTrainer;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Object-level access for trainers: a trainer reaches only the groups they teach. Used in {@code @PreAuthorize}
 * as {@code @groupAccess.isOwnGroup(#groupId)}; a refused attempt is logged and audited.
 */
@Component("groupAccess")
public class GroupAccess {
    private final CourseGroupRepository groups;
    private final CurrentTrainer currentTrainer;
    private final TrainerAccessRefusals refusals;

    GroupAccess(CourseGroupRepository groups, CurrentTrainer currentTrainer, TrainerAccessRefusals refusals) {
        this.groups = groups;
        this.currentTrainer = currentTrainer;
        this.refusals = refusals;
    }

    @Transactional
    public boolean isOwnGroup(Long groupId) {
        Optional<Long> trainer = currentTrainer.trainerId();
        boolean own = groupId != null && trainer.isPresent() && groups.isTaughtBy(groupId, trainer.get());
        return refusals.recordUnless(own, trainer.orElse(null), "course group " + groupId);
    }
}
