package be.classeur.kernel;

import java.util.Collection;

/**
 * Object-level check for trainers, implemented by the courses module and used by people's services in
 * {@code @PreAuthorize} as {@code @teachingColleagues.areColleaguesOfCurrentTrainer(#trainerIds)}: a trainer sees the
 * names of the trainers they teach a group with, and no other. People cannot depend on courses, which knows who teaches
 * which group.
 */
public interface TeachingColleagues {
    /** The bean name for {@code @PreAuthorize} expressions. */
    String BEAN = "teachingColleagues";

    /** Whether each of these trainers is the signed-in trainer or teaches a group with them. */
    boolean areColleaguesOfCurrentTrainer(Collection<Long> trainerIds);
}
