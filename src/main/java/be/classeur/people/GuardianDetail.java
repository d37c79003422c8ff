package be.classeur.people;

import be.classeur.people.domain.Guardian;
import java.util.List;

/** Everything stored about a guardian: the record and the pupils they are linked to. */
public record GuardianDetail(Guardian guardian, List<LinkRow> pupils) {
}
