package be.classeur.courses.ui;

import static be.classeur.support.TestSupport.unique;
import static org.assertj.core.api.Assertions.assertThat;

import be.classeur.courses.GroupRow;
import be.classeur.people.TrainerService;
import be.classeur.people.domain.Trainer;
import be.classeur.people.ui.TrainerDetailView;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.data.provider.Query;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

/** The trainer's page lists the groups they teach or taught, from courses, on the real services and demo data. */
@SpringBootTest
@WithUserDetails("admin")
class TrainerGroupsSectionTest extends SpringBrowserlessTest {
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TrainerService trainers;

    @Test
    void theTrainersPageListsTheGroupsTheyTeach() {
        long trainer = jdbc.queryForObject("select min(trainer_id) from course_group_trainer", Long.class);
        List<String> expected = jdbc.queryForList("select g.name from course_group g join course_group_trainer t on t.group_id = g.id"
                + " where t.trainer_id = ?", String.class, trainer);

        navigate(TrainerDetailView.class, trainer);

        assertThat($(H3.class).all()).extracting(H3::getText).contains("Groupes donnés");
        assertThat(groupsShown()).extracting(GroupRow::name).containsExactlyInAnyOrderElementsOf(expected).isNotEmpty();
    }

    @Test
    void aTrainerWithoutGroupsGetsAnEmptyList() {
        Trainer newcomer = new Trainer();
        newcomer.setFirstName("Nouvelle");
        newcomer.setLastName(unique("Recrue"));
        long trainer = trainers.save(newcomer).getId();

        navigate(TrainerDetailView.class, trainer);

        assertThat($(H3.class).all()).extracting(H3::getText).contains("Groupes donnés");
        assertThat(groupsShown()).isEmpty();
    }

    @SuppressWarnings("unchecked")
    private List<GroupRow> groupsShown() {
        Grid<GroupRow> grid = $(Grid.class).all().stream().filter(g -> g.getColumnByKey("enrolled") != null
                && g.getColumnByKey("subject") != null).findFirst().orElseThrow();
        return grid.getDataProvider().fetch(new Query<>()).toList();
    }
}
