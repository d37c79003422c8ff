package be.classeur.courses.ui;

import be.classeur.ui.components.Labels;
import be.classeur.people.PersonLocations;
import be.classeur.courses.GroupLocations;
import be.classeur.courses.ClashWarnings;
import be.classeur.courses.CourseGroupService;
import be.classeur.courses.EnrolmentRow;
import be.classeur.courses.EnrolmentService;
import be.classeur.courses.GroupDetail;
import be.classeur.courses.GroupPageSection;
import be.classeur.kernel.BusinessRuleException;
import be.classeur.kernel.Roles;
import be.classeur.people.PupilService;
import be.classeur.ui.components.Confirmations;
import be.classeur.ui.components.Facts;
import be.classeur.ui.components.Formats;
import be.classeur.ui.components.Notifications;
import be.classeur.ui.components.OneClick;
import be.classeur.ui.components.Sections;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityNotFoundException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/** One course group: its facts, trainers and roster, enrolments, and the sections other modules add (timetable). */
@Route(GroupLocations.GROUPS)
@RolesAllowed({Roles.ADMIN, Roles.PRIVACY_OFFICER})
public class GroupDetailView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {
    private final transient CourseGroupService groups;
    private final transient EnrolmentService enrolments;
    private final transient PupilService pupils;
    private final transient ClashWarnings clashes;
    private final transient Clock clock;
    private final transient List<GroupPageSection> extraSections;
    private String title = "";
    private GroupDetail current;
    final Button edit = new Button();
    final Button enrol = new Button();
    final Grid<EnrolmentRow> roster = new Grid<>(EnrolmentRow.class, false);

    public GroupDetailView(CourseGroupService groups, EnrolmentService enrolments, PupilService pupils, ClashWarnings clashes,
                           Clock clock, GroupFormFactory forms, List<GroupPageSection> extraSections) {
        this.groups = groups;
        this.enrolments = enrolments;
        this.pupils = pupils;
        this.clashes = clashes;
        this.clock = clock;
        this.extraSections = extraSections.stream().sorted(Comparator.comparingInt(GroupPageSection::order)).toList();
        addClassName("classeur-detail");
        // Listeners are registered once; show() only updates what they act on.
        edit.setText(getTranslation("ui.action.edit"));
        edit.setIcon(VaadinIcon.EDIT.create());
        edit.addClickListener(e -> forms.openEdit(current.id(), saved -> reload()));
        enrol.setText(getTranslation("courses.enrolment.new"));
        enrol.setIcon(VaadinIcon.PLUS.create());
        enrol.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        enrol.addClickListener(e -> openEnrolDialog());
        configureRoster();
    }

    EnrolDialog openEnrolDialog() {
        EnrolDialog dialog = new EnrolDialog(enrolments, pupils, clashes, current.id(), current.levels(), this::reload);
        dialog.open();
        return dialog;
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        try {
            show(groups.detail(id));
        } catch (EntityNotFoundException e) {
            throw new NotFoundException();
        }
    }

    private void show(GroupDetail detail) {
        removeAll();
        GroupDetail group = detail;
        current = detail;
        title = group.name();
        add(new H2(group.name()));

        HorizontalLayout actions = new HorizontalLayout(edit, enrol);
        actions.setVisible(CoursesViews.canWrite());
        add(actions);

        Span capacity = new Span(getTranslation("courses.group.places", detail.enrolledToday(), group.capacity()));
        HorizontalLayout capacityValue = new HorizontalLayout(capacity);
        capacityValue.setSpacing(true);
        if (detail.enrolledToday() > group.capacity()) {
            capacityValue.add(CoursesViews.badge(getTranslation("courses.group.overCapacity",
                    detail.enrolledToday() - group.capacity()), "error small"));
        }
        Facts facts = new Facts()
                .add("courses.group.field.subject", group.subject())
                .add("courses.group.field.period", group.period() + " (" + Labels.of(group.periodKind()) + ", "
                        + getTranslation("courses.period.range", Formats.date(group.periodStartsOn()), Formats.date(group.periodEndsOn())) + ")")
                .add("courses.group.field.levels", Labels.schoolYears(group.levels()))
                .add("courses.group.field.location", group.location())
                .add("courses.group.field.room", group.room())
                .add("courses.group.field.capacity", capacityValue)
                .add("courses.group.field.status", Labels.of(group.status()))
                .add("courses.group.field.trainers", trainerList(group));
        add(Sections.titled("courses.group.section.facts", facts));

        roster.setItems(detail.roster());
        add(Sections.titled("courses.group.section.roster", roster));
        long id = group.id();
        extraSections.forEach(extra -> extra.sectionFor(id).ifPresent(this::add));
    }

    private Component trainerList(GroupDetail group) {
        UnorderedList list = new UnorderedList();
        // A plain link to the trainer's route: courses depends on the people API, not on its views.
        group.trainers().forEach(t -> list.add(new ListItem(new Anchor(PersonLocations.trainer(t.id()), t.name()))));
        if (group.trainers().isEmpty()) {
            list.add(new ListItem(getTranslation("courses.group.noTrainer")));
        }
        return list;
    }

    private void configureRoster() {
        roster.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        roster.setAllRowsVisible(true);
        roster.addComponentColumn(row -> new Anchor(PersonLocations.pupil(row.pupilId()), row.pupilName()))
                .setHeader(getTranslation("courses.enrolment.field.pupil")).setKey("pupil").setFlexGrow(1).setAutoWidth(true);
        roster.addColumn(row -> Labels.schoolYear(row.schoolYear()))
                .setHeader(getTranslation("courses.enrolment.field.schoolYear")).setKey("schoolYear").setAutoWidth(true);
        roster.addColumn(row -> Formats.date(row.startsOn())).setHeader(getTranslation("courses.enrolment.field.from"))
                .setKey("from").setAutoWidth(true);
        roster.addColumn(row -> Formats.date(row.endsOn())).setHeader(getTranslation("courses.enrolment.field.to"))
                .setKey("to").setAutoWidth(true);
        roster.addComponentColumn(row -> {
            HorizontalLayout state = new HorizontalLayout();
            state.setSpacing(true);
            state.add(CoursesViews.badge(getTranslation(row.current() ? "courses.enrolment.current" : "courses.enrolment.past"),
                    row.current() ? "success small" : "contrast small"));
            if (row.overCapacity()) {
                state.add(CoursesViews.badge(getTranslation("courses.enrolment.overCapacity"), "error small"));
            }
            return state;
        }).setHeader(getTranslation("courses.enrolment.field.state")).setKey("state").setAutoWidth(true);
        roster.addComponentColumn(this::rowActions).setKey("actions").setAutoWidth(true).setFlexGrow(0);
        roster.setEmptyStateText(getTranslation("courses.group.roster.empty"));
    }

    private Component rowActions(EnrolmentRow row) {
        HorizontalLayout actions = new HorizontalLayout();
        if (!CoursesViews.canWrite()) {
            return actions;
        }
        Button end = new Button(getTranslation("courses.enrolment.end"), e -> openEndDialog(row));
        end.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        end.setAriaLabel(getTranslation("courses.enrolment.end") + " · " + row.pupilName());
        Button remove = new Button(getTranslation("courses.enrolment.remove"), e -> confirmRemove(row));
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        remove.setAriaLabel(getTranslation("courses.enrolment.remove") + " · " + row.pupilName());
        actions.add(end, remove);
        return actions;
    }

    /** Asks for the last day in the group, today by default. */
    Dialog openEndDialog(EnrolmentRow row) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("courses.enrolment.end.title", row.pupilName()));
        DatePicker day = Formats.datePicker(getTranslation("courses.enrolment.field.to"));
        LocalDate today = LocalDate.now(clock);
        day.setValue(row.startsOn().isAfter(today) ? row.startsOn() : today);
        day.setMin(row.startsOn());
        day.setRequiredIndicatorVisible(true);
        dialog.add(day);
        Button confirm = OneClick.button(getTranslation("courses.enrolment.end"), e -> {
            if (day.getValue() == null || day.isInvalid()) {
                day.setInvalid(true);
                day.setErrorMessage(getTranslation("validation.required.field"));
                return;
            }
            try {
                enrolments.end(row.enrolmentId(), day.getValue());
                Notifications.success("courses.enrolment.ended", row.pupilName());
                dialog.close();
                reload();
            } catch (BusinessRuleException ex) {
                day.setInvalid(true);
                day.setErrorMessage(getTranslation(ex.messageKey(), ex.arguments()));
                Notifications.rule(ex);
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickShortcut(Key.KEY_S, KeyModifier.CONTROL);
        dialog.getFooter().add(new Button(getTranslation("ui.action.cancel"), e -> dialog.close()), confirm);
        dialog.open();
        return dialog;
    }

    private void confirmRemove(EnrolmentRow row) {
        Confirmations.confirm("courses.enrolment.remove.title", "courses.enrolment.remove.text", "courses.enrolment.remove",
                () -> {
                    enrolments.remove(row.enrolmentId());
                    Notifications.success("courses.enrolment.removed", row.pupilName());
                    reload();
                }, row.pupilName());
    }

    private void reload() {
        show(groups.detail(current.id()));
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
