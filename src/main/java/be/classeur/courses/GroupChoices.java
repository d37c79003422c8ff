package be.classeur.courses;

import java.util.List;

/**
 * What the group form offers: the active subjects and trainers, plus the group's own ones when they have since been
 * deactivated or archived (they stay visible on their old groups). Records, so the form never holds people's entities.
 */
public record GroupChoices(List<Choice> subjects, List<Choice> trainers) {

    /** A subject or trainer the form can pick, with the label the picker shows. */
    public record Choice(long id, String label) {
    }
}
