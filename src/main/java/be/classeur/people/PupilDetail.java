package be.classeur.people;

import be.classeur.people.domain.Pupil;
import java.util.List;

/** Everything stored about a pupil: the record (school and subjects loaded) and the guardian links. */
public record PupilDetail(Pupil pupil, List<LinkRow> guardians) {
}
