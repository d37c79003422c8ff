package be.classeur.people;

import be.classeur.kernel.SchoolYear;
import be.classeur.people.domain.DataSource;
import be.classeur.people.domain.Pupil;
import be.classeur.people.domain.PupilStage;
import be.classeur.people.domain.Subject;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** What the pupil page shows: the person, the school path (school and subject names), and the guardian links. */
public record PupilDetail(PersonCard person, @Nullable LocalDate birthDate, @Nullable SchoolYear schoolYear,
                          @Nullable String school, PupilStage stage, List<String> subjects,
                          @Nullable DataSource dataSource, List<LinkRow> guardians) implements PersonDetail {

    /** Read inside the service's transaction: school and subjects are loaded here, not by the page. */
    static PupilDetail of(Pupil pupil, List<LinkRow> guardians) {
        return new PupilDetail(PersonCard.of(pupil), pupil.getBirthDate(), pupil.getSchoolYear(),
                pupil.getSchool() == null ? null : pupil.getSchool().toString(), pupil.getStage(),
                pupil.getSubjects().stream().map(Subject::getName).sorted().toList(), pupil.getDataSource(), guardians);
    }
}
