package be.classeur.courses;

import be.classeur.courses.domain.CourseGroupRepository;
import be.classeur.kernel.CurrentTrainer;
import be.classeur.kernel.TeachingColleagues;
import java.util.Collection;
import java.util.HashSet;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Object-level access to trainers' names for trainers, for the people module's lookups: a trainer sees the names of
 * those they share a group with. A refused attempt is logged and audited, like {@link GroupAccess}.
 */
@Component(TeachingColleagues.BEAN)
class TeachingColleaguesAccess implements TeachingColleagues {
    private final CourseGroupRepository groups;
    private final CurrentTrainer currentTrainer;
    private final TrainerAccessRefusals refusals;

    TeachingColleaguesAccess(CourseGroupRepository groups, CurrentTrainer currentTrainer, TrainerAccessRefusals refusals) {
        this.groups = groups;
        this.currentTrainer = currentTrainer;
        this.refusals = refusals;
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
        return refusals.recordUnless(colleagues, trainer.orElse(null), "trainers " + trainerIds);
    }
}
