package be.classeur.privacy.ui;

import be.classeur.people.PersonLocations;
import be.classeur.privacy.PersonChoicesService;
import be.classeur.privacy.RequestDetail;
import be.classeur.privacy.SubjectRightsService;
import be.classeur.privacy.domain.Right;
import be.classeur.ui.components.Confirmations;
import be.classeur.ui.components.Notifications;
import be.classeur.ui.components.UserActions;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinService;
import java.util.ArrayList;
import java.util.List;

/**
 * The request's effect on the person's own record: open the person's form to rectify it (art. 16), and record the
 * objection to news about activities or the withdrawal of consent to it (arts. 21, 7(3)). Hidden when the request
 * asks for neither.
 */
public class PersonChoicesSection extends VerticalLayout {
    final List<Button> rectify = new ArrayList<>();
    final Button recordObjection = new Button();
    /** One button per consent in force of the request's people, to withdraw it under the request. */
    final List<Button> withdrawConsent = new ArrayList<>();
    final Paragraph unavailable = new Paragraph();

    private final transient PersonChoicesService choices;
    private final RequestDetail request;

    /** The section for a request's page, with the service from the Spring context. */
    public static PersonChoicesSection of(RequestDetail request) {
        return new PersonChoicesSection(VaadinService.getCurrent().getInstantiator().getOrCreate(PersonChoicesService.class),
                request);
    }

    public PersonChoicesSection(PersonChoicesService choices, RequestDetail request) {
        this.choices = choices;
        this.request = request;
        setPadding(false);
        addClassName("classeur-section");
        boolean rectification = request.rights().contains(Right.RECTIFICATION);
        boolean objection = request.rights().stream().anyMatch(PersonChoicesService.NEWS_OBJECTION_RIGHTS::contains);
        setVisible(rectification || objection);
        if (!isVisible()) {
            return;
        }
        add(new H3(getTranslation("privacy.choices.title")));
        HorizontalLayout buttons = new HorizontalLayout();
        buttons.setWrap(true);
        if (rectification) {
            List<SubjectRightsService.Subject> people = choices.rectifiable(request.id());
            for (SubjectRightsService.Subject person : people) {
                Button button = new Button(people.size() == 1 ? getTranslation("privacy.choices.rectify")
                        : getTranslation("privacy.choices.rectifyPerson", person.name()));
                button.setIcon(VaadinIcon.EDIT.create());
                button.addClickListener(e -> UI.getCurrent().navigate(PersonLocations.detail(person.ref()),
                        QueryParameters.of(PersonLocations.RECTIFICATION, String.valueOf(request.id()))));
                rectify.add(button);
                buttons.add(button);
            }
            unavailable.setText(getTranslation("privacy.choices.rectifyUnavailable"));
            unavailable.setVisible(people.isEmpty());
            add(unavailable);
        }
        if (objection) {
            recordObjection.setText(getTranslation("privacy.choices.recordObjection"));
            recordObjection.setIcon(VaadinIcon.BAN.create());
            recordObjection.setEnabled(request.requester() != null);
            recordObjection.addClickListener(e -> Confirmations.confirm("privacy.choices.recordObjection",
                    "privacy.choices.recordObjection.confirm", "privacy.choices.recordObjection.do", this::recordObjection));
            buttons.add(recordObjection);
            for (PersonChoicesService.WithdrawableConsent consent : choices.withdrawableConsents(request.id())) {
                Button button = new Button(getTranslation("privacy.choices.withdrawConsent",
                        getTranslation(consent.purposeKey()), consent.subject().name()));
                button.setIcon(VaadinIcon.BAN.create());
                button.addClickListener(e -> Confirmations.confirm("privacy.choices.withdrawConsent",
                        "privacy.choices.withdrawConsent.confirm", "consent.withdraw.do",
                        () -> withdraw(consent), getTranslation(consent.purposeKey()), consent.subject().name()));
                withdrawConsent.add(button);
                buttons.add(button);
            }
        }
        add(buttons);
    }

    private void withdraw(PersonChoicesService.WithdrawableConsent consent) {
        UserActions.attempt(() -> {
            choices.withdrawConsent(request.id(), consent.subject().ref(), consent.purpose());
            Notifications.success("privacy.choices.consentWithdrawn");
            UI.getCurrent().refreshCurrentRoute(false);
        }, null);
    }

    private void recordObjection() {
        UserActions.attempt(() -> {
            int recorded = choices.recordNewsObjection(request.id());
            Notifications.success("privacy.choices.objectionRecorded", recorded);
            // The request's history gained a line: show the page again.
            UI.getCurrent().refreshCurrentRoute(false);
        }, null);
    }
}
