package be.classeur.people.ui;

import be.classeur.people.domain.Person;
import java.util.function.Consumer;

/** Opens a person's form: what the list and detail pages need from the pupil, guardian and trainer form factories. */
interface PersonFormFactory<T extends Person> {
    /** The empty form for a new person. */
    PersonForm<T> openNew(Consumer<T> onSaved);

    PersonForm<T> openEdit(long id, Consumer<T> onSaved);

    /** The form in rectification mode for a rights request (the privacy officer's path). */
    PersonForm<T> openRectification(long id, long requestId, Consumer<T> onSaved);

    /** Opens {@code form} and hands it back, so each factory method is one expression. */
    static <F extends PersonForm<?>> F opened(F form) {
        form.open();
        return form;
    }
}
