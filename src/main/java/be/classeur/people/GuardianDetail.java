package be.classeur.people;

import java.util.List;

/** What the guardian page shows: the person and the pupils they are linked to. */
public record GuardianDetail(PersonCard person, List<LinkRow> pupils) implements PersonDetail {
}
