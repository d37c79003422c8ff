package be.classeur.timetable.ui;

import static be.classeur.support.TestSupport.as;
import static org.assertj.core.api.Assertions.assertThat;

import be.classeur.courses.CourseGroupService;
import be.classeur.courses.GroupFilter;
import be.classeur.courses.GroupRow;
import be.classeur.courses.RosterLine;
import be.classeur.ui.AccessDeniedView;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.util.ClassUtils;

/** The trainer's "my groups" pages, driven like the trainer would, on the demo data. */
@SpringBootTest
@WithUserDetails("formateur")
class MyGroupsViewTest extends SpringBrowserlessTest {
    @Autowired
    CourseGroupService groups;
    @Autowired
    UserDetailsService users;

    @Test
    void listsTheTrainersOwnGroupsWithLinksAndTheirSessions() {
        List<GroupRow> mine = groups.myGroups();
        MyGroupsView view = navigate(MyGroupsView.class);

        assertThat(view.groups).extracting(GroupRow::id).containsExactlyElementsOf(mine.stream().map(GroupRow::id).toList());
        List<RouterLink> links = find(RouterLink.class).from(view.groupCards).all();
        assertThat(links).extracting(RouterLink::getText).containsExactlyElementsOf(mine.stream().map(GroupRow::name).toList());
        assertThat(links).allSatisfy(link -> assertThat(link.getHref()).matches("my-groups/\\d+"));
        Set<Long> ids = mine.stream().map(GroupRow::id).collect(Collectors.toSet());
        assertThat(view.sessions).isNotEmpty().allSatisfy(s -> assertThat(ids).contains(s.groupId()));
    }

    @Test
    void theStartPageLeadsTheTrainerToMyGroups() {
        UI.getCurrent().navigate("");
        assertThat(ClassUtils.getUserClass(getCurrentView().getClass())).isEqualTo(MyGroupsView.class);
    }

    @Test
    void anOwnGroupShowsItsRosterReadOnly() {
        GroupRow own = groups.myGroups().stream().filter(g -> g.enrolled() > 0).findFirst().orElseThrow();
        UI.getCurrent().navigate("my-groups/" + own.id());

        MyGroupView view = (MyGroupView) getCurrentView();
        List<RosterLine> shown = view.roster.getDataProvider().fetch(new Query<>()).toList();
        assertThat(shown).hasSize((int) own.enrolled());
        assertThat(view.getPageTitle()).isEqualTo(own.name());
        assertThat(view.roster.getColumns()).hasSize(5);
        assertThat(view.roster.getSelectionModel()).isInstanceOf(com.vaadin.flow.component.grid.GridNoneSelectionModel.class);
    }

    @Test
    void anotherTrainersGroupEndsOnTheAccessDeniedPage() {
        Set<Long> mine = groups.myGroups().stream().map(GroupRow::id).collect(Collectors.toSet());
        long other = as(users, "admin", () -> groups.search(GroupFilter.all(), PageRequest.of(0, 500)).getContent().stream()
                .map(GroupRow::id).filter(id -> !mine.contains(id)).findFirst().orElseThrow());

        UI.getCurrent().navigate("my-groups/" + other);

        assertThat(getCurrentView()).isInstanceOf(AccessDeniedView.class);
    }
}
