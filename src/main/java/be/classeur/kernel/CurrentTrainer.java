package be.classeur.kernel;

import java.util.Optional;

/** The trainer record the signed-in account belongs to, if it is a trainer's account (implemented by accounts). */
public interface CurrentTrainer {
    Optional<Long> trainerId();
}
