package be.classeur.kernel;

import java.util.Collection;

/**
 * Object-level check for trainers, implemented by the courses module and used by people's services in
 * {@code @PreAuthorize} as {@code @taughtPupils.areCurrentlyTaughtByCurrentTrainer(#pupilIds)}: people cannot depend
 * on courses, which knows who teaches whom.
 */
public interface TaughtPupils {
    /** The bean name for {@code @PreAuthorize} expressions. */
    String BEAN = "taughtPupils";

    /** Whether every one of these pupils is, today, enrolled in a group the signed-in trainer teaches. */
    boolean areCurrentlyTaughtByCurrentTrainer(Collection<Long> pupilIds);
}
