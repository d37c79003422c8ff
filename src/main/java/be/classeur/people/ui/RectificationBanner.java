package be.classeur.people.ui;

import be.classeur.kernel.RequestLocations;
import be.classeur.ui.components.CurrentUser;
import be.classeur.kernel.Roles;
import be.classeur.people.PersonLocations;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEvent;
import java.util.Optional;

/**
 * Shown on a person's page opened from a rights request for rectification ({@code ?rectification=<request>}):
 * says which request it is for, reopens the form in rectification mode, and leads back to the request.
 */
class RectificationBanner extends HorizontalLayout {
    final long requestId;
    final Button rectify = new Button();
    final Button backToRequest = new Button();

    RectificationBanner(long requestId, Runnable openForm) {
        this.requestId = requestId;
        addClassName("rectification-banner");
        setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        setWrap(true);
        Span text = new Span(getTranslation("people.rectification.banner", String.valueOf(requestId)));
        text.getElement().getThemeList().add("badge");
        rectify.setText(getTranslation("people.rectification.open"));
        rectify.setIcon(VaadinIcon.EDIT.create());
        rectify.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        rectify.addClickListener(e -> openForm.run());
        backToRequest.setText(getTranslation("people.rectification.back", String.valueOf(requestId)));
        backToRequest.setIcon(VaadinIcon.ARROW_BACKWARD.create());
        backToRequest.addClickListener(e -> UI.getCurrent().navigate(RequestLocations.request(requestId)));
        add(text, rectify, backToRequest);
    }

    /**
     * The request a privacy officer opened this page to rectify for, from the query parameter. Anyone else, or a
     * malformed number, gets the ordinary page; the service checks the role and the request again on save.
     */
    static Optional<Long> requestedBy(BeforeEvent event) {
        Optional<String> value = event.getLocation().getQueryParameters().getSingleParameter(PersonLocations.RECTIFICATION);
        if (value.isEmpty() || !isPrivacyOfficer()) {
            return Optional.empty();
        }
        try {
            long id = Long.parseLong(value.get().strip());
            return id > 0 ? Optional.of(id) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static boolean isPrivacyOfficer() {
        return CurrentUser.hasRole(Roles.PRIVACY_OFFICER);
    }
}
