package be.classeur.courses;

/** One trainer of one group a pupil is or was enrolled in: who received the pupil's data through the roster (art. 19). */
public record GroupTrainer(long pupilId, long groupId, String groupName, long trainerId) {
}
