package be.classeur.timetable.ui;

import static be.classeur.support.TestSupport.unique;
import static org.assertj.core.api.Assertions.assertThat;

import be.classeur.courses.CourseGroupService;
import be.classeur.courses.GroupFilter;
import be.classeur.courses.GroupLocations;
import be.classeur.courses.GroupRow;
import be.classeur.courses.PeriodService;
import be.classeur.courses.domain.CourseGroup;
import be.classeur.courses.domain.Period;
import be.classeur.courses.domain.PeriodKind;
import be.classeur.people.CatalogueService;
import be.classeur.people.TrainerService;
import be.classeur.people.domain.Subject;
import be.classeur.people.domain.Trainer;
import be.classeur.timetable.SessionFilter;
import be.classeur.timetable.SessionRow;
import be.classeur.timetable.TimetableLocations;
import be.classeur.timetable.TimetableLocations.Board;
import be.classeur.timetable.TimetableService;
import be.classeur.timetable.domain.WeeklySlot;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The week calendar on the real services: readable blocks that are buttons with an accessible name, the "+N autres"
 * list of a crowded hour, the session dialog's details, the boards by room and by trainer, and the address.
 */
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
    TrainerService trainers;
    @Autowired
    Clock clock;

    private Period period;
    private Subject subject;
    private Trainer teacher;
    private String room;
    private CourseGroup first;
    private CourseGroup second;
    private SessionRow session;

    @BeforeEach
    void createTwoGroupsWithSessions() {
        LocalDate today = LocalDate.now(clock);
        period = periods.save(new Period(unique("Semaine test "), PeriodKind.HOLIDAY_COURSE, today.minusDays(30), today.plusDays(60)));
        subject = catalogue.saveSubject(new Subject(unique("Matière ")));
        Trainer trainer = new Trainer();
        trainer.setFirstName("Inès");
        trainer.setLastName(unique("Formatrice"));
        teacher = trainers.save(trainer);
        room = unique("Salle ");
        first = group(unique("Calendrier A "), room, Set.of(teacher));
        second = group(unique("Calendrier B "), room, Set.of());
        saveSlot(first, DayOfWeek.TUESDAY, LocalTime.of(14, 0), LocalTime.of(15, 30));
        saveSlot(second, DayOfWeek.TUESDAY, LocalTime.of(16, 0), LocalTime.of(17, 0));
        session = timetable.sessions(today, today.plusDays(40), new SessionFilter(first.getId(), null, null, null)).getFirst();
    }

    @Test
    void theWeekOfASessionShowsItsBlock() {
        WeekView view = weekOfOurRoom();

        assertThat(view.monday).isEqualTo(session.day().with(DayOfWeek.MONDAY));
        assertThat(blockTexts(view)).anySatisfy(text -> assertThat(text).contains(first.getName()).contains("14:00–15:30"));
        assertThat(blockTexts(view)).anySatisfy(text -> assertThat(text).contains(second.getName()));
        assertThat(view.heading.getText()).contains(session.day().with(DayOfWeek.MONDAY).format(be.classeur.ui.components.Formats.DATE));
    }

    @Test
    void aBlockIsAButtonWithItsGroupTimeAndRoomWrittenOutAndAnAccessibleNameSayingAll() {
        WeekView view = weekOfOurRoom();

        WeekView.SessionBlock block = blockOf(view, session.id());
        assertThat(block.getElement().getTag()).isEqualTo("button");
        assertThat(block.getChildren().map(c -> ((Span) c).getText()).toList())
                .containsExactly(first.getName(), "14:00–15:30", room);
        assertThat(block.getElement().getAttribute("title")).as("no tooltip-only details").isNull();
        assertThat(block.accessibleName()).contains(first.getName()).contains(TimetableViews.dayLabel(session.day()))
                .contains("14:00–15:30").contains("local : " + room).contains("Inès " + teacher.getLastName());
        assertThat(blockOf(view, second(view).id()).accessibleName()).contains("formateur·rices : aucun");
        assertThat(WeekView.unbreakable("Histoire S3–S4")).as("a line never ends inside S3–S4")
                .isEqualTo("Histoire S3\u2060–\u2060S4");
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
    void aBlockOpensTheSessionDialogWithItsDetailsAndALinkToTheGroup() {
        WeekView view = weekOfOurRoom();

        test(blockOf(view, session.id())).click();

        SessionDialog dialog = find(SessionDialog.class).single();
        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.day.getValue()).isEqualTo(session.day());
        assertThat(dialog.start.getValue()).isEqualTo(session.startsAt());
        assertThat(dialog.getElement().getTextRecursively()).contains("Inès " + teacher.getLastName()).contains(room)
                .contains("14:00–15:30");
        Anchor link = find(Anchor.class).from(dialog).single();
        assertThat(link.getHref()).isEqualTo(GroupLocations.group(first.getId()));
        assertThat(link.getText()).contains(first.getName());
    }

    @Test
    void aCrowdedHourShowsOneLaneAndPlusNOthersThatListsEverySession() {
        // Three groups overlapping on a Sunday, when the demo has no sessions: one block shows, "+2 autres" lists all.
        CourseGroup early = group(unique("Foule 1 "), unique("Salle "), Set.of(teacher));
        CourseGroup middle = group(unique("Foule 2 "), unique("Salle "), Set.of());
        CourseGroup late = group(unique("Foule 3 "), unique("Salle "), Set.of());
        saveSlot(early, DayOfWeek.SUNDAY, LocalTime.of(9, 0), LocalTime.of(10, 30));
        saveSlot(middle, DayOfWeek.SUNDAY, LocalTime.of(9, 30), LocalTime.of(11, 0));
        saveSlot(late, DayOfWeek.SUNDAY, LocalTime.of(10, 0), LocalTime.of(11, 30));
        LocalDate today = LocalDate.now(clock);
        SessionRow earlySession = timetable.sessions(today, today.plusDays(40), new SessionFilter(early.getId(), null, null, null)).getFirst();
        WeekView view = navigate(WeekView.class);
        view.showWeek(earlySession.day());
        Set<Long> crowd = Set.of(early.getId(), middle.getId(), late.getId());

        assertThat(view.blocks).filteredOn(b -> crowd.contains(b.row.groupId())).singleElement().satisfies(b -> {
            assertThat(b.row.groupId()).isEqualTo(early.getId());
            assertThat(b.hasClassName("classeur-week-session-crowded")).as("room for the +N line at its foot").isTrue();
        });
        WeekView.MoreButton more = view.mores.stream()
                .filter(m -> m.cluster.stream().anyMatch(s -> s.session().groupId().equals(early.getId()))).findFirst().orElseThrow();
        assertThat(more.hidden).isGreaterThanOrEqualTo(2);
        assertThat(more.getText()).isEqualTo("+" + more.hidden + " autres");
        assertThat(more.getElement().getAttribute("aria-label")).contains(more.hidden + " autres séances").contains("09:00");

        test(more).click();

        WeekView.SessionListDialog list = find(WeekView.SessionListDialog.class).single();
        assertThat(list.entries).extracting(e -> e.row.groupId()).contains(early.getId(), middle.getId(), late.getId());
        WeekView.SessionBlock lateEntry = list.entries.stream().filter(e -> e.row.groupId().equals(late.getId())).findFirst().orElseThrow();
        assertThat(lateEntry.getElement().getTextRecursively()).contains(late.getName()).contains("10:00–11:30").contains(late.getRoom());

        test(lateEntry).click();

        assertThat(list.isOpened()).isFalse();
        assertThat(find(SessionDialog.class).single().start.getValue()).isEqualTo(LocalTime.of(10, 0));
    }

    @Test
    void theRoomBoardOfADayShowsEachRoomsSessionsByTimeAndAFreeRoom() {
        WeekView view = open(TimetableLocations.board(session.day(), Board.ROOMS, TimetableLocations.Span.DAY));

        assertThat(view.board).isEqualTo(Board.ROOMS);
        assertThat(view.oneDay()).isTrue();
        assertThat(view.tabs.getSelectedTab()).isSameAs(view.roomsTab);
        assertThat(view.filters.isVisible()).as("the filters belong to the week grid").isFalse();
        assertThat(view.heading.getText()).contains("Par local").contains(TimetableViews.dayLabel(session.day()));
        WeekView.BoardLine ours = view.lines.stream().filter(l -> l.label().equals(room)).findFirst().orElseThrow();
        assertThat(ours.sessions()).extracting(s -> s.session().groupId()).containsExactly(first.getId(), second.getId());
        // On the board by room a block says who teaches there.
        assertThat(blockOf(view, session.id()).getElement().getTextRecursively()).contains("Inès " + teacher.getLastName());
        assertThat(blockOf(view, session.id()).getElement().getStyle().get("grid-column"))
                .as("placed by its times: 14:00 is the 25th quarter after 08:00").isEqualTo("26 / 32");

        test(view.previous).click();

        assertThat(view.shown).isEqualTo(session.day().minusDays(1));
        assertThat(view.lines.stream().filter(l -> l.label().equals(room)).findFirst().orElseThrow().sessions())
                .as("the room is free the day before").isEmpty();
        assertThat(view.address()).isEqualTo(TimetableLocations.WEEK + "?date=" + session.day().minusDays(1) + "&view=rooms&span=day");
    }

    @Test
    void theTrainerTabShowsTheWeekByTrainerAndTheAddressFollows() {
        WeekView view = navigate(WeekView.class);
        view.showWeek(session.day());

        test(view.tabs).select("Par formateur·rice");

        assertThat(view.board).isEqualTo(Board.TRAINERS);
        assertThat(view.oneDay()).isFalse();
        assertThat(view.span.isVisible()).isTrue();
        assertThat(view.address()).isEqualTo(TimetableLocations.WEEK + "?date=" + view.monday + "&view=trainers&span=week");
        WeekView.BoardLine ines = view.lines.stream().filter(l -> l.label().equals("Inès " + teacher.getLastName())).findFirst().orElseThrow();
        assertThat(ines.sessions()).extracting(s -> s.session().id()).containsExactly(session.id());
        assertThat(view.lines.getLast().label()).as("groups without a trainer have their own row").isEqualTo("Sans formateur·rice");
        assertThat(view.lines.getLast().sessions()).extracting(s -> s.session().groupId()).contains(second.getId());

        test(view.span).selectItem("Jour");

        assertThat(view.oneDay()).isTrue();
        assertThat(view.address()).isEqualTo(TimetableLocations.WEEK + "?date=" + session.day() + "&view=trainers&span=day");
        assertThat(view.previous.getText()).isEqualTo("Jour précédent");

        test(view.tabs).select("Semaine");

        assertThat(view.board).isEqualTo(Board.WEEK);
        assertThat(view.address()).isEqualTo(TimetableLocations.week(view.monday));
        assertThat(listed(view)).contains(session.id());
    }

    @Test
    void anAddressWithAnUnknownViewShowsTheWeekGrid() {
        WeekView view = open(TimetableLocations.week(session.day()) + "&" + TimetableLocations.VIEW + "=nothing&"
                + TimetableLocations.SPAN + "=never");

        assertThat(view.board).isEqualTo(Board.WEEK);
        assertThat(view.tabs.getSelectedTab()).isSameAs(view.weekTab);
        assertThat(view.monday).isEqualTo(session.day().with(DayOfWeek.MONDAY));
        assertThat(listed(view)).contains(session.id());
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

    /**
     * The week of the session with only this test's room: the other tests' groups (and the demo's) meet at the same
     * hours and would take the one lane of a crowded hour.
     */
    private WeekView weekOfOurRoom() {
        WeekView view = navigate(WeekView.class);
        view.showWeek(session.day());
        view.room.setValue(room);
        return view;
    }

    /** The week page at an address with its query, as a bookmark opens it. */
    private WeekView open(String location) {
        String[] pathAndQuery = location.split("\\?", 2);
        UI.getCurrent().navigate(pathAndQuery[0], QueryParameters.fromString(pathAndQuery[1]));
        return (WeekView) getCurrentView();
    }

    /** The sessions of the week grid, as blocks or in the list of a "+N autres". */
    private static List<Long> listed(WeekView view) {
        return java.util.stream.Stream.concat(view.blocks.stream().map(b -> b.row.id()),
                view.mores.stream().flatMap(m -> m.cluster.stream()).map(s -> s.session().id())).toList();
    }

    private static List<String> blockTexts(WeekView view) {
        return view.blocks.stream().map(WeekView.SessionBlock::text).toList();
    }

    private static WeekView.SessionBlock blockOf(WeekView view, Long sessionId) {
        return view.blocks.stream().filter(b -> b.row.id().equals(sessionId)).findFirst().orElseThrow();
    }

    private SessionRow second(WeekView view) {
        return view.blocks.stream().map(b -> b.row).filter(r -> r.groupId().equals(second.getId())).findFirst().orElseThrow();
    }

    private CourseGroup group(String name, String groupRoom, Set<Trainer> teachers) {
        CourseGroup group = new CourseGroup();
        group.setName(name);
        group.setSubject(subject);
        group.setPeriod(period);
        group.setRoom(groupRoom);
        group.setTrainers(teachers);
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
