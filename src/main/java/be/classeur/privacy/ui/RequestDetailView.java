package be.classeur.privacy.ui;

import be.classeur.ui.components.Labels;
import be.classeur.kernel.RequestLocations;
import be.classeur.kernel.Actors;
import be.classeur.kernel.Roles;
import be.classeur.privacy.RequestDetail;
import be.classeur.privacy.ChildInterestService;
import be.classeur.privacy.RequestIntakeService;
import be.classeur.privacy.RequestWorkflowService;
import be.classeur.privacy.StatusChangeRow;
import be.classeur.privacy.SubjectRightsService;
import be.classeur.privacy.domain.NextAction;
import be.classeur.privacy.domain.RequestStatus;
import be.classeur.ui.components.Facts;
import be.classeur.ui.components.Formats;
import be.classeur.ui.components.Notifications;
import be.classeur.ui.components.OneClick;
import be.classeur.ui.components.Sections;
import be.classeur.ui.components.UserActions;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityNotFoundException;
import org.jspecify.annotations.Nullable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** One rights request: the facts, the deadline and days left, the status history, and what can be done next. */
@Route(RequestLocations.REQUESTS)
@RolesAllowed(Roles.PRIVACY_OFFICER)
public class RequestDetailView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {
    /** The identity check of the request shown, where the "record the check" next action leads. */
    private @Nullable IdentityProofSection identity;
    /** The next step of the usual flow ({@link NextAction}): the page's one primary button. */
    final Button nextAction = new Button();
    final Paragraph nextActionHint = new Paragraph();
    final Button assignToMe = new Button();
    final Select<RequestStatus> nextStatus = new Select<>();
    final TextField statusNote = new TextField();
    final Button changeStatus = new Button();
    final Button extend = new Button();
    final DatePicker replyDate = Formats.datePicker(null);
    final Button recordReply = new Button();
    final Button correctReceivedOn = new Button();
    /** Says whether a decided extension is in force, i.e. whether its notice is recorded as sent in time. */
    final Paragraph extensionState = new Paragraph();
    final Grid<StatusChangeRow> history = new Grid<>(StatusChangeRow.class, false);

    /** Art. 12(3): an extension only where necessary, "taking into account the complexity and number of the requests". */
    private static final List<String> EXTENSION_GROUNDS = List.of("COMPLEXITY", "VOLUME");

    private final transient RequestWorkflowService workflow;
    private final transient Clock clock;
    final SubjectActionsSection subjectActions;
    final CoveredPeopleSection coveredPeople;
    private RequestDetail current;
    private String title = "";

    public RequestDetailView(RequestWorkflowService workflow, RequestIntakeService intake, SubjectRightsService subjectRights, Clock clock,
                             ChildInterestService childInterests) {
        this.subjectActions = new SubjectActionsSection(subjectRights);
        this.coveredPeople = new CoveredPeopleSection(intake, childInterests, this::reload);
        this.workflow = workflow;
        this.clock = clock;
        addClassName("classeur-detail");
        nextAction.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        nextAction.setIcon(VaadinIcon.ARROW_RIGHT.create());
        nextAction.setIconAfterText(true);
        OneClick.onClick(nextAction, e -> takeNextAction());
        nextActionHint.addClassName("classeur-next-action-hint");
        // Listeners are registered once; show() only updates what they act on.
        assignToMe.setText(getTranslation("privacy.request.assignToMe"));
        assignToMe.setIcon(VaadinIcon.USER_CHECK.create());
        OneClick.onClick(assignToMe, e -> act(() -> workflow.assign(current.id(), Actors.current(), current.version()), "privacy.request.assigned"));

        nextStatus.setLabel(getTranslation("privacy.request.nextStatus"));
        nextStatus.setItemLabelGenerator(s -> s == null ? "" : Labels.of(s));
        statusNote.setLabel(getTranslation("privacy.request.statusNote"));
        statusNote.setMaxLength(1000);
        changeStatus.setText(getTranslation("privacy.request.changeStatus"));
        OneClick.onClick(changeStatus, e -> {
            if (nextStatus.getValue() == null) {
                nextStatus.setInvalid(true);
                nextStatus.setErrorMessage(getTranslation("privacy.error.chooseStatus"));
                return;
            }
            act(() -> workflow.changeStatus(current.id(), nextStatus.getValue(), statusNote.getValue(), current.version()), "privacy.request.statusChanged");
        });

        extend.setText(getTranslation("privacy.request.extend"));
        extend.setIcon(VaadinIcon.CLOCK.create());
        extend.addClickListener(e -> openExtension());

        replyDate.setLabel(getTranslation("privacy.request.field.replyRecordedOn"));
        // No default: the day the reply was sent is a fact; "today" would record a false one in one click.
        replyDate.setRequired(true);
        recordReply.setText(getTranslation("privacy.request.recordReply"));
        OneClick.onClick(recordReply, e -> recordTheReply());

        correctReceivedOn.setText(getTranslation("privacy.request.correctReceivedOn"));
        correctReceivedOn.setIcon(VaadinIcon.CALENDAR.create());
        correctReceivedOn.addClickListener(e -> openReceiptCorrection());
        extensionState.addClassName("classeur-extension-state");
        extensionState.getElement().setAttribute("role", "status");

        history.addColumn(c -> Formats.DATE_TIME.format(c.changedAt())).setHeader(getTranslation("privacy.history.when")).setAutoWidth(true);
        history.addColumn(c -> c.from() == null ? "—" : Labels.of(c.from())).setHeader(getTranslation("privacy.history.from")).setAutoWidth(true);
        history.addColumn(c -> Labels.of(c.to())).setHeader(getTranslation("privacy.history.to")).setAutoWidth(true);
        history.addColumn(StatusChangeRow::changedBy).setHeader(getTranslation("privacy.history.by")).setAutoWidth(true);
        history.addColumn(c -> {
            be.classeur.kernel.Message note = HistoryNames.named(c.note(), coveredPeople.names());
            return note == null ? "" : note.render(getLocale());
        }).setHeader(getTranslation("privacy.history.note")).setFlexGrow(1);
        history.setAllRowsVisible(true);
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        if (id == null) {
            throw new NotFoundException();
        }
        try {
            show(workflow.detail(id));
        } catch (EntityNotFoundException e) {
            throw new NotFoundException();
        }
    }

    /**
     * The page leads the officer: where the request stands (the step bar), the facts, then the next action as the one
     * primary button; the other moves (another status, the extension, the assignment, a correction) stay beside it,
     * secondary. Then the people covered, the documents, the history and the letters.
     */
    private void show(RequestDetail d) {
        removeAll();
        current = d;
        title = getTranslation("privacy.request.title", d.id());
        add(new RouterLink(getTranslation("privacy.request.backToQueue"), RequestsView.class));
        add(new H2(title));
        add(new RequestStepBar(d));

        String requester = d.requesterName()
                + (d.requester() == null ? " (" + getTranslation("privacy.request.notFoundInRecords") + ")"
                : " (" + Labels.of(d.requester().kind()) + ")");
        Facts facts = new Facts()
                .add("privacy.request.field.rights", PrivacyTexts.rights(d.rights()))
                .add("privacy.request.field.requester", requester)
                .add("privacy.request.field.requesterEmail", d.requesterEmail())
                .add("privacy.request.field.channel", Labels.of(d.channel()))
                .add("privacy.request.field.receivedOn", Formats.date(d.receivedOn()))
                .add("privacy.request.field.description", d.description())
                .add("privacy.request.field.status", Labels.of(d.status()))
                .add("privacy.request.field.assignee", d.assigneeName())
                .add("privacy.request.field.firstDeadline", Formats.date(d.firstDeadline()))
                .add("privacy.request.field.deadline", Formats.date(d.deadline()))
                .add("privacy.request.field.daysLeft", DeadlineBadge.of(d.daysLeft()))
                .add("privacy.request.field.extendedOn", d.extendedOn() == null ? null
                        : Formats.date(d.extendedOn()) + " · " + d.extensionReason())
                .add("privacy.request.field.extendedDeadline", Formats.date(d.extendedDeadline()))
                .add("privacy.request.field.replyRecordedOn", Formats.date(d.replyRecordedOn()));
        add(Sections.titled("privacy.request.section.facts", facts));

        LocalDate today = LocalDate.now(clock);
        add(actions(d, today));
        showExtensionState(d, today);
        add(coveredPeople.showFor(d));
        add(AttachmentsSection.of(d, this::reload));
        identity = IdentityProofSection.of(d, this::reload);
        add(identity);
        add(subjectActions.showFor(d));
        add(PersonChoicesSection.of(d));
        history.setItems(d.history());
        add(Sections.titled("privacy.request.section.history", history));
        add(LettersSection.of(d).whenExtensionNoticeRecorded(this::reload));
    }

    /** The next action, primary, with what it needs (the reply's date); then the other actions, secondary. */
    private VerticalLayout actions(RequestDetail d, LocalDate today) {
        NextAction next = d.nextAction();
        nextAction.setVisible(next != NextAction.NONE);
        nextAction.setText(Labels.of(next));
        nextActionHint.setText(getTranslation(next.labelKey() + ".hint"));

        // The reply's date: asked beside the primary button when recording it is the next step, else among the others.
        boolean replyPossible = d.status() != RequestStatus.RECEIVED && d.status() != RequestStatus.CLOSED;
        boolean replyIsNext = next == NextAction.RECORD_REPLY;
        replyDate.setVisible(replyPossible);
        recordReply.setVisible(replyPossible && !replyIsNext);
        replyDate.setMin(d.receivedOn());
        replyDate.setMax(today);
        replyDate.setInvalid(false);
        replyDate.setValue(d.replyRecordedOn());

        HorizontalLayout primary = new HorizontalLayout();
        primary.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        primary.setWrap(true);
        if (replyIsNext) {
            primary.add(replyDate);
        }
        primary.add(nextAction);
        VerticalLayout nextBlock = new VerticalLayout(new H3(getTranslation("privacy.nextAction.title")), nextActionHint, primary);
        nextBlock.addClassName("classeur-next-action");
        nextBlock.setPadding(false);
        nextBlock.setSpacing(false);

        // The other moves the flow allows from here, without the one the primary button already makes.
        List<RequestStatus> others = d.nextSteps().stream().filter(st -> st != next.reaches()).sorted().toList();
        nextStatus.setItems(others);
        nextStatus.setInvalid(false);
        statusNote.clear();
        boolean canMove = !others.isEmpty();
        nextStatus.setVisible(canMove);
        statusNote.setVisible(canMove);
        changeStatus.setVisible(canMove);
        assignToMe.setVisible(d.status() != RequestStatus.CLOSED && !Actors.current().equals(d.assignee()));
        extend.setVisible(d.status().isOpen());

        HorizontalLayout statusActions = new HorizontalLayout(nextStatus, statusNote, changeStatus);
        statusActions.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        statusActions.setWrap(true);
        HorizontalLayout otherActions = new HorizontalLayout(assignToMe, extend);
        if (!replyIsNext) {
            otherActions.add(replyDate);
        }
        otherActions.add(recordReply, correctReceivedOn);
        otherActions.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        otherActions.setWrap(true);
        VerticalLayout block = new VerticalLayout(nextBlock, new H3(getTranslation("privacy.request.otherActions")),
                statusActions, otherActions);
        block.setPadding(false);
        block.addClassName("classeur-section");
        return block;
    }

    /** Takes the next step: a status move, the reply's date (which must be given: no default), or the identity check. */
    private void takeNextAction() {
        NextAction next = current.nextAction();
        if (next == NextAction.CONFIRM_IDENTITY) {
            if (identity != null && identity.awaitsCheck()) {
                // A copy was received: the check is recorded in its own section (who checked, the copies deleted),
                // and that starts the work.
                identity.scrollIntoView();
                identity.result.focus();
            } else {
                // No copy to check (identity shown another way, e.g. a reply from the address on file): start the work.
                act(() -> workflow.changeStatus(current.id(), RequestStatus.IN_PROGRESS, null, current.version()),
                        "privacy.request.statusChanged");
            }
        } else if (next == NextAction.RECORD_REPLY) {
            recordTheReply();
        } else if (next.reaches() != null) {
            act(() -> workflow.changeStatus(current.id(), next.reaches(), null, current.version()), "privacy.request.statusChanged");
        }
    }

    private void recordTheReply() {
        if (replyDate.getValue() == null || replyDate.isInvalid()) {
            replyDate.setErrorMessage(getTranslation(replyDate.getValue() == null
                    ? "privacy.error.replyDateMissing" : "privacy.error.replyDateInvalid"));
            replyDate.setInvalid(true);
            return;
        }
        act(() -> workflow.recordReply(current.id(), replyDate.getValue(), current.version()), "privacy.request.replyRecorded");
    }

    /** Asks for the reasons, unless the extension is no longer possible: then says why, in words. */
    private void openExtension() {
        RequestDetail d = current;
        if (!d.canExtend()) {
            LocalDate today = LocalDate.now(clock);
            if (d.extendedOn() != null) {
                Notifications.error("privacy.error.alreadyExtended");
            } else if (today.isAfter(d.firstDeadline())) {
                Notifications.error("privacy.error.extensionTooLate", Formats.date(d.firstDeadline()));
            } else {
                Notifications.error("privacy.error.extensionNotInProgress");
            }
            return;
        }
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("privacy.request.extend"));
        TextArea reason = new TextArea(getTranslation("privacy.request.extensionReason"));
        reason.setHelperText(getTranslation("privacy.request.extensionReason.guidance", Formats.date(d.firstDeadline())));
        reason.setMaxLength(1000);
        reason.setRequired(true);
        reason.setWidthFull();
        dialog.add(extensionGrounds(reason), reason);
        Button confirm = OneClick.button(getTranslation("privacy.request.extend"), e -> {
            if (reason.getValue().isBlank()) {
                reason.setInvalid(true);
                reason.setErrorMessage(getTranslation("privacy.error.extensionReasonMissing"));
                return;
            }
            dialog.close();
            act(() -> workflow.extend(d.id(), reason.getValue(), d.version()), "privacy.request.extended");
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("ui.action.cancel"), e -> dialog.close()), confirm);
        dialog.open();
    }

    /** The two grounds art. 12(3) allows; ticking one starts its sentence in the reasons, for the officer to complete. */
    private CheckboxGroup<String> extensionGrounds(TextArea reason) {
        CheckboxGroup<String> grounds = new CheckboxGroup<>(getTranslation("privacy.request.extension.grounds"));
        grounds.setItems(EXTENSION_GROUNDS);
        grounds.setItemLabelGenerator(g -> getTranslation("privacy.request.extension.ground." + g));
        grounds.setHelperText(getTranslation("privacy.request.extension.grounds.help"));
        grounds.addValueChangeListener(e -> {
            StringBuilder text = new StringBuilder(reason.getValue());
            for (String ground : e.getValue()) {
                String start = getTranslation("privacy.request.extension.ground." + ground + ".text");
                if (!e.getOldValue().contains(ground) && !text.toString().contains(start)) {
                    text.append(text.isEmpty() || text.toString().endsWith("\n") ? "" : "\n").append(start).append(' ');
                }
            }
            reason.setValue(text.toString());
            reason.focus();
        });
        return grounds;
    }

    /** States plainly whether a decided extension is in force; hidden when the request is not extended. */
    private void showExtensionState(RequestDetail d, LocalDate today) {
        extensionState.setVisible(d.extendedOn() != null);
        if (d.extendedOn() == null) {
            return;
        }
        String decided = Formats.date(d.extendedOn());
        String first = Formats.date(d.firstDeadline());
        if (d.extensionInForce()) {
            extensionState.setText(getTranslation("privacy.request.extension.inForce", Formats.date(d.extensionNotifiedOn()),
                    Formats.date(d.extendedDeadline())));
        } else if (today.isAfter(d.firstDeadline())) {
            extensionState.setText(getTranslation("privacy.request.extension.lapsed", decided, first));
        } else {
            extensionState.setText(getTranslation("privacy.request.extension.notInForce", decided, first,
                    Formats.date(d.extendedDeadline())));
        }
        add(extensionState);
    }

    /** Asks for the corrected date and the mandatory reason; the service refuses dates that cannot be right. */
    private void openReceiptCorrection() {
        RequestDetail d = current;
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("privacy.request.correctReceivedOn"));
        DatePicker date = Formats.datePicker(null);
        date.setLabel(getTranslation("privacy.request.correctReceivedOn.date"));
        date.setMax(LocalDate.now(clock));
        // Empty, not the recorded date: a correction states a new fact, and the calendar opens on the recorded one.
        date.setInitialPosition(d.receivedOn());
        date.setHelperText(getTranslation("privacy.request.correctReceivedOn.recorded", Formats.date(d.receivedOn())));
        date.setRequired(true);
        TextArea reason = new TextArea(getTranslation("privacy.request.correctReceivedOn.reason"));
        reason.setHelperText(getTranslation("privacy.request.correctReceivedOn.help"));
        reason.setMaxLength(900);
        reason.setRequired(true);
        reason.setWidthFull();
        dialog.add(new VerticalLayout(date, reason));
        Button confirm = OneClick.button(getTranslation("privacy.request.correctReceivedOn"), e -> {
            if (date.getValue() == null || date.isInvalid()) {
                date.setInvalid(true);
                date.setErrorMessage(getTranslation("privacy.error.receivedMissing"));
                return;
            }
            if (reason.getValue().isBlank()) {
                reason.setInvalid(true);
                reason.setErrorMessage(getTranslation("privacy.error.receiptCorrectionReasonMissing"));
                return;
            }
            if (UserActions.attempt(() -> workflow.correctReceivedOn(d.id(), date.getValue(), reason.getValue(), d.version()),
                    this::reload, "privacy.request.receivedOnCorrected")) {
                dialog.close();
                reload();
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("ui.action.cancel"), e -> dialog.close()), confirm);
        dialog.open();
    }

    /** After a refusal or a concurrent edit the page stays as it is: the officer's entries are kept on screen. */
    private void act(Runnable action, String doneKey) {
        if (UserActions.attempt(action, this::reload, doneKey)) {
            reload();
        }
    }

    /** After the user's own action: the page shows the result without a new "viewed" audit line. */
    private void reload() {
        show(workflow.detailAfterOwnAction(current.id()));
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
