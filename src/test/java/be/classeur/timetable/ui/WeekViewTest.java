package be.classeur.timetable.ui;

import static be.classeur.support.TestSupport.unique;
import static org.assertj.core.api.Assertions.assertThat;

import be.classeur.courses.CourseGroupService;
import be.classeur.courses.GroupFilter;
import be.classeur.courses.GroupRow;
import be.classeur.courses.PeriodService;
import be.classeur.courses.domain.CourseGroup;
import be.classeur.courses.domain.Period;
import be.classeur.courses.domain.PeriodKind;
import be.classeur.people.CatalogueService;
import be.classeur.people.domain.Subject;
import be.classeur.timetable.SessionFilter;
import be.classeur.timetable.SessionRow;
import be.classeur.timetable.TimetableService;
import be.classeur.timetable.domain.WeeklySlot;
import com.vaadin.browserless.SpringBrowserlessTest;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.context.support.WithUserDetails;

/** The week calendar on the real services: blocks for sessions, week navigation, filters. */
@SpringBootTest
@WithUserDetails("admin")
class WeekViewTest extends SpringBrowserlessTest {
    @Autowired
    TimetableService timetable;
    @Autowired
    CourseGroupService groups;
    @Autowired
    PeriodService periods;
    @Autowired
    CatalogueService catalogue;
    @Autowired
    Clock clock;

    private CourseGroup first;
    private CourseGroup second;
    private SessionRow session;

    @BeforeEach
    void createTwoGroupsWithSessions() {
        LocalDate today = LocalDate.now(clock);
        Period period = periods.save(new Period(unique("Semaine test "), PeriodKind.HOLIDAY_COURSE, today.minusDays(30), today.plusDays(60)));
        Subject subject = catalogue.saveSubject(new Subject(unique("Matière ")));
        String room = unique("Salle ");
        first = group(unique("Calendrier A "), room, subject, period);
        second = group(unique("Calendrier B "), room, subject, period);
        saveSlot(first, DayOfWeek.TUESDAY, LocalTime.of(14, 0), LocalTime.of(15, 30));
        saveSlot(second, DayOfWeek.TUESDAY, LocalTime.of(16, 0), LocalTime.of(17, 0));
        session = timetable.sessions(today, today.plusDays(40), new SessionFilter(first.getId(), null, null, null)).getFirst();
    }

    @Test
    void theWeekOfASessionShowsItsBlock() {
        WeekView view = navigate(WeekView.class);
        view.showWeek(session.day());

        assertThat(view.monday).isEqualTo(session.day().with(DayOfWeek.MONDAY));
        assertThat(blockTexts(view)).anySatisfy(text -> assertThat(text).contains(first.getName()).contains("14:00–15:30"));
        assertThat(blockTexts(view)).anySatisfy(text -> assertThat(text).contains(second.getName()));
        assertThat(view.heading.getText()).contains(session.day().with(DayOfWeek.MONDAY).format(be.classeur.ui.components.Formats.DATE));
    }

    @Test
    void previousAndNextChangeTheWeek() {
        WeekView view = navigate(WeekView.class);
        view.showWeek(session.day());
        LocalDate monday = view.monday;

        test(view.next).click();
        assertThat(view.monday).isEqualTo(monday.plusWeeks(1));
        test(view.previous).click();
        test(view.previous).click();
        assertThat(view.monday).isEqualTo(monday.minusWeeks(1));
        assertThat(view.blocks).noneMatch(b -> b.row.id().equals(session.id()));

        test(view.today).click();
        assertThat(view.monday).isEqualTo(LocalDate.now(clock).with(DayOfWeek.MONDAY));
    }

    @Test
    void theGroupFilterNarrowsTheBlocks() {
        WeekView view = navigate(WeekView.class);
        view.showWeek(session.day());
        view.room.setValue(session.room());
        assertThat(view.blocks).extracting(b -> b.row.groupId()).contains(first.getId(), second.getId());

        GroupRow row = groups.search(new GroupFilter(first.getName(), null, null, null, null, false), PageRequest.of(0, 5))
                .getContent().getFirst();
        view.group.setValue(row);

        assertThat(view.blocks).isNotEmpty().allSatisfy(b -> assertThat(b.row.groupId()).isEqualTo(first.getId()));
        assertThat(blockTexts(view)).noneSatisfy(text -> assertThat(text).contains(second.getName()));
    }

    @Test
    void aBlockOpensTheSessionDialog() {
        WeekView view = navigate(WeekView.class);
        view.showWeek(session.day());
        WeekView.SessionBlock block = view.blocks.stream().filter(b -> b.row.id().equals(session.id())).findFirst().orElseThrow();

        test(block).click();

        SessionDialog dialog = find(SessionDialog.class).single();
        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.day.getValue()).isEqualTo(session.day());
        assertThat(dialog.start.getValue()).isEqualTo(session.startsAt());
    }

    @Test
    void theDayListClashesClosuresAndGroupSectionOpen() {
        DayView day = navigate(DayView.class);
        day.showDay(session.day());
        assertThat(day.grid.getGenericDataView().getItems().toList()).extracting(SessionRow::id).contains(session.id());

        ClashesView clashes = navigate(ClashesView.class);
        assertThat(clashes.grid.getGenericDataView().getItems().toList())
                .as("two groups share a room at different times: no clash").noneMatch(c -> c.first().groupId().equals(first.getId())
                        || c.second().groupId().equals(first.getId()));

        ClosuresView closures = navigate(ClosuresView.class);
        assertThat(closures.holidays.getGenericDataView().getItems().toList()).hasSizeGreaterThanOrEqualTo(10);

        GroupTimetableSection section = new GroupTimetableSection(timetable, clock);
        GroupTimetableSection.Panel panel = (GroupTimetableSection.Panel) section.sectionFor(first.getId()).orElseThrow();
        assertThat(panel.slots.getGenericDataView().getItems().toList()).singleElement()
                .satisfies(slot -> assertThat(slot.getStartsAt()).isEqualTo(LocalTime.of(14, 0)));
        assertThat(panel.sessions.getGenericDataView().getItems().toList()).isNotEmpty()
                .allSatisfy(row -> assertThat(row.groupId()).isEqualTo(first.getId()));
        assertThat(panel.add.isVisible()).isTrue();
    }

    private static List<String> blockTexts(WeekView view) {
        return view.blocks.stream().map(WeekView.SessionBlock::text).toList();
    }

    private CourseGroup group(String name, String room, Subject subject, Period period) {
        CourseGroup group = new CourseGroup();
        group.setName(name);
        group.setSubject(subject);
        group.setPeriod(period);
        group.setRoom(room);
        return groups.save(group);
    }

    private void saveSlot(CourseGroup group, DayOfWeek day, LocalTime start, LocalTime end) {
        WeeklySlot slot = timetable.newSlot(group.getId());
        slot.setDayOfWeek(day);
        slot.setStartsAt(start);
        slot.setEndsAt(end);
        timetable.saveSlot(slot);
    }

}
