package be.classeur.retention.ui;

import be.classeur.kernel.DataSubjectRef;
import be.classeur.kernel.PersonKind;
import be.classeur.kernel.Roles;
import be.classeur.people.PersonDirectory;
import be.classeur.people.PersonLocations;
import be.classeur.people.PersonPageSection;
import be.classeur.people.PersonSummary;
import be.classeur.retention.LegalHoldRow;
import be.classeur.retention.LegalHoldService;
import be.classeur.retention.PurgeService;
import be.classeur.retention.RetentionDateView;
import be.classeur.retention.RetentionDates;
import be.classeur.retention.RetentionRuleRow;
import be.classeur.retention.RetentionRules;
import be.classeur.retention.domain.LegalHold;
import be.classeur.retention.domain.RetentionCategory;
import be.classeur.ui.components.Confirmations;
import be.classeur.ui.components.CurrentUser;
import be.classeur.ui.components.DialogButtons;
import be.classeur.ui.components.Facts;
import be.classeur.ui.components.Formats;
import be.classeur.ui.components.Labels;
import be.classeur.ui.components.OneClick;
import be.classeur.ui.components.Sections;
import be.classeur.ui.components.UserActions;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The "Conservation" section of a person's page: the day retention counts from, the rule, the person's own limit, the
 * day they are kept until and, when the family rule keeps them longer, the family member who does; their legal holds.
 * The privacy officer places and lifts holds here; administrators see it all read-only.
 */
public class RetentionSection implements PersonPageSection {
    private final PersonKind kind;
    private final RetentionDates dates;
    private final RetentionRules rules;
    private final LegalHoldService holds;
    private final PurgeService purge;
    private final PersonDirectory directory;
    private final Clock clock;

    public RetentionSection(PersonKind kind, RetentionDates dates, RetentionRules rules, LegalHoldService holds,
                            PurgeService purge, PersonDirectory directory, Clock clock) {
        this.purge = purge;
        this.kind = kind;
        this.dates = dates;
        this.rules = rules;
        this.holds = holds;
        this.directory = directory;
        this.clock = clock;
    }

    @Override
    public PersonKind kind() {
        return kind;
    }

    @Override
    public int order() {
        return 90;
    }

    @Override
    public Optional<Component> sectionFor(long personId) {
        if (!CurrentUser.hasAnyRole(Roles.ADMIN, Roles.PRIVACY_OFFICER)) {
            return Optional.empty();
        }
        return Optional.of(new Content(new DataSubjectRef(kind, personId)));
    }

    /** The section's content; redrawn in place after placing or lifting a hold. */
    public final class Content extends VerticalLayout {
        private final DataSubjectRef subject;
        final Button place = OneClick.button("", VaadinIcon.LOCK.create(), e -> openPlaceDialog());
        final VerticalLayout holdList = new VerticalLayout();

        Content(DataSubjectRef subject) {
            this.subject = subject;
            setPadding(false);
            setId("retention-section");
            place.setText(getTranslation("retention.hold.place"));
            place.setId("retention-place-hold");
            holdList.setPadding(false);
            holdList.setSpacing(false);
            redraw();
        }

        void redraw() {
            removeAll();
            Facts facts = new Facts();
            Optional<RetentionDateView> date = dates.of(subject);
            RetentionRuleRow rule = rules.rule(RetentionCategory.of(kind));
            facts.add("retention.section.rule", getTranslation("retention.section.ruleValue", rule.periodMonths(),
                    Labels.of(rule.anchor())));
            if (date.isPresent()) {
                RetentionDateView d = date.get();
                facts.add("retention.section.lastContact", Formats.date(d.lastContact()));
                facts.add("retention.section.ownLimit", Formats.date(d.ownLimit()));
                facts.add("retention.section.keepUntil", Formats.date(d.keepUntil()));
                if (d.keptBy() != null) {
                    facts.add("retention.section.keptBy", keptBy(d.keptBy()));
                }
            } else {
                facts.add("retention.section.keepUntil", getTranslation("retention.section.none"));
            }
            holdList.removeAll();
            List<LegalHoldRow> rows = holds.of(subject);
            if (rows.isEmpty()) {
                holdList.add(new Paragraph(getTranslation("retention.hold.none")));
            }
            for (LegalHoldRow row : rows) {
                holdList.add(holdLine(row));
            }
            VerticalLayout section = Sections.titled("retention.section.title", facts,
                    new com.vaadin.flow.component.html.H4(getTranslation("retention.hold.title")), holdList);
            if (CurrentUser.hasRole(Roles.PRIVACY_OFFICER)) {
                place.setEnabled(true);
                HorizontalLayout actions = new HorizontalLayout(place);
                if (date.isPresent()) {
                    actions.add(purgeNowButton(date.get()));
                }
                section.add(actions);
            }
            add(section);
        }

        /**
         * Erases the person now, before or after the limit, once confirmed: the officer's decision on a record nearing
         * or past its limit. A hold refuses it with its reason; the page then shows the erased record.
         */
        private Button purgeNowButton(RetentionDateView date) {
            Button purgeNow = new Button(getTranslation("retention.purgeNow"), VaadinIcon.TRASH.create());
            purgeNow.setId("retention-purge-now");
            purgeNow.addThemeVariants(ButtonVariant.LUMO_ERROR);
            purgeNow.addClickListener(e -> Confirmations.confirm("retention.purgeNow.confirm.title",
                    "retention.purgeNow.confirm.text", "retention.purgeNow",
                    () -> {
                        if (UserActions.attempt(() -> purge.purgeNow(subject), null, "retention.purgeNow.done")) {
                            getUI().ifPresent(ui -> ui.refreshCurrentRoute(false));
                        }
                    }, Formats.date(date.keepUntil())));
            return purgeNow;
        }

        private Component keptBy(DataSubjectRef member) {
            String name = directory.summaries(List.of(member)).stream().findFirst().map(PersonSummary::name)
                    .orElse(Labels.of(member.kind()));
            Anchor link = new Anchor(PersonLocations.detail(member), name);
            return new Span(link, new Span(" (" + Labels.of(member.kind()) + ")"));
        }

        private Component holdLine(LegalHoldRow row) {
            String state = row.liftedAt() != null
                    ? getTranslation("retention.hold.state.lifted", Formats.DATE_TIME.format(row.liftedAt()), row.liftedBy())
                    : getTranslation(row.active() ? "retention.hold.state.active" : "retention.hold.state.expired");
            String until = row.until() == null ? getTranslation("retention.hold.untilNone")
                    : getTranslation("retention.hold.untilDay", Formats.date(row.until()));
            Span text = new Span(row.reason() + " — " + until + " — " + state + " — "
                    + getTranslation("retention.hold.placedBy", row.placedBy(), Formats.DATE_TIME.format(row.placedAt())));
            HorizontalLayout line = new HorizontalLayout(text);
            line.setAlignItems(Alignment.BASELINE);
            line.addClassName("retention-hold");
            if (row.liftedAt() == null && CurrentUser.hasRole(Roles.PRIVACY_OFFICER)) {
                Button lift = new Button(getTranslation("retention.hold.lift"));
                lift.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
                lift.setId("retention-lift-hold-" + row.id());
                lift.addClickListener(e -> Confirmations.confirm("retention.hold.lift.confirm.title",
                        "retention.hold.lift.confirm.text", "retention.hold.lift",
                        () -> {
                            if (UserActions.attempt(() -> holds.lift(row.id(), row.version()), this::redraw,
                                    "retention.hold.lifted")) {
                                redraw();
                            }
                        }, row.reason()));
                line.add(lift);
            }
            return line;
        }

        private void openPlaceDialog() {
            new PlaceHoldDialog(this).open();
        }

        boolean placeHold(String reason, LocalDate until) {
            boolean done = UserActions.attempt(() -> holds.place(subject, reason, until), this::redraw, "retention.hold.placed");
            if (done) {
                redraw();
            }
            return done;
        }
    }

    /** Places a hold: a reason (required, at most 500 characters) and an optional end date (today or later). */
    public final class PlaceHoldDialog extends Dialog {
        final TextArea reason = new TextArea();
        final DatePicker until;
        final Button save = new Button();
        final Button cancel = new Button();

        PlaceHoldDialog(Content content) {
            setHeaderTitle(getTranslation("retention.hold.place"));
            reason.setLabel(getTranslation("retention.hold.reason"));
            reason.setRequiredIndicatorVisible(true);
            reason.setMaxLength(LegalHold.REASON_MAX);
            reason.setWidthFull();
            until = Formats.datePicker(getTranslation("retention.hold.until"));
            until.setHelperText(getTranslation("retention.hold.untilHelp"));
            until.setMin(LocalDate.now(clock));
            add(new FormLayout(reason, until));
            DialogButtons.saveAndCancel(this, save, "retention.hold.place", cancel, () -> {
                reason.setInvalid(false);
                until.setInvalid(false);
                if (reason.getValue().isBlank()) {
                    reason.setErrorMessage(getTranslation("retention.hold.error.reasonRequired"));
                    reason.setInvalid(true);
                    return;
                }
                if (until.isInvalid() || (until.getValue() != null && until.getValue().isBefore(LocalDate.now(clock)))) {
                    until.setErrorMessage(getTranslation("retention.hold.error.untilPast"));
                    until.setInvalid(true);
                    return;
                }
                if (content.placeHold(reason.getValue(), until.getValue())) {
                    close();
                }
            });
        }
    }
}
