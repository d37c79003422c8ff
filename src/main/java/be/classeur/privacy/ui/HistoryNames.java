package be.classeur.privacy.ui;

import be.classeur.kernel.DataSubjectRef;
import be.classeur.kernel.Message;
import be.classeur.kernel.PersonKind;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A history line as the officer reads it: a person the request covers is named, not shown by record number. The
 * stored line keeps the number (no name is written into the history, so erasure has nothing to chase there); the name
 * is put in only when shown, from the people the request covers as their records stand now. Anyone else (a trainer
 * told of a change) keeps the neutral "formateur·rice n° …".
 */
final class HistoryNames {
    /** Lines whose first argument is the number of a child the request covers. */
    private static final Set<String> CHILD_LINES = Set.of("privacy.history.minorChecked",
            "privacy.childInterest.history.FULL_EXPORT", "privacy.childInterest.history.LIMITED_AFTER_HEARING");
    private static final String PERSON = "privacy.history.person.";

    private HistoryNames() {
    }

    /** The message with each covered person's number replaced by their name; as it is when nobody is covered. */
    static @Nullable Message named(@Nullable Message note, Map<DataSubjectRef, String> names) {
        if (note == null || names.isEmpty()) {
            return note;
        }
        if (note.key().startsWith(PERSON) && note.args().size() == 1 && note.args().getFirst() instanceof Message.Number n) {
            String name = names.get(new DataSubjectRef(PersonKind.valueOf(note.key().substring(PERSON.length())), n.value()));
            return name == null ? note : Message.of(note.key() + ".named", new Message.Text(name));
        }
        if (CHILD_LINES.contains(note.key()) && !note.args().isEmpty() && note.args().getFirst() instanceof Message.Number n) {
            String name = names.get(DataSubjectRef.pupil(n.value()));
            return name == null ? note : Message.of(note.key() + ".named", new Message.Text(name));
        }
        List<Message.Arg> args = note.args().stream().map(a -> named(a, names)).toList();
        return new Message(note.key(), args);
    }

    private static Message.Arg named(Message.Arg arg, Map<DataSubjectRef, String> names) {
        return switch (arg) {
            case Message.Part p -> new Message.Part(named(p.message(), names));
            case Message.Joined j -> new Message.Joined(j.items().stream().map(i -> named(i, names)).toList());
            default -> arg;
        };
    }
}
