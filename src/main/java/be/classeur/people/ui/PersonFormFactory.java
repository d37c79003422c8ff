package be.classeur.people.ui;

import be.classeur.people.domain.Person;
import java.util.function.Consumer;

/** Opens a person's form: what the detail pages need from the pupil, guardian and trainer form factories. */
interface PersonFormFactory<T extends Person> {
    PersonForm<T> openEdit(long id, Consumer<T> onSaved);

    /** The form in rectification mode for a rights request (the privacy officer's path). */
    PersonForm<T> openRectification(long id, long requestId, Consumer<T> onSaved);
}
