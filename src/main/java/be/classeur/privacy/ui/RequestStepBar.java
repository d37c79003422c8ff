package be.classeur.privacy.ui;

import be.classeur.privacy.RequestDetail;
import be.classeur.privacy.domain.RequestStatus;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import java.util.ArrayList;
import java.util.List;

/**
 * Where the request stands, as the steps of its flow in order: received → identity (only when it was asked for) → in
 * progress → answered (or refused) → closed. An ordered list; the current step carries {@code aria-current="step"},
 * the steps before it are marked done, so that a screen reader and the eye read the same thing.
 */
public class RequestStepBar extends OrderedList {
    /** One step of the bar: the status it stands for, and its words. */
    record Step(RequestStatus status, String wordsKey) {
    }

    public RequestStepBar(RequestDetail d) {
        addClassName("classeur-steps");
        getElement().setAttribute("aria-label", getTranslation("privacy.steps.label"));
        List<Step> steps = steps(d);
        int current = currentIndex(steps, d.status());
        for (int i = 0; i < steps.size(); i++) {
            ListItem item = new ListItem(getTranslation(steps.get(i).wordsKey()));
            item.addClassName("classeur-step");
            if (i < current || d.status() == RequestStatus.CLOSED) {
                item.addClassName("classeur-step-done");
            }
            if (i == current) {
                item.getElement().setAttribute("aria-current", "step");
                item.addClassName("classeur-step-current");
            }
            add(item);
        }
    }

    /** The steps shown for this request: identity only when asked for; "refused" in place of "answered" when refused. */
    static List<Step> steps(RequestDetail d) {
        List<Step> steps = new ArrayList<>();
        steps.add(new Step(RequestStatus.RECEIVED, "privacy.steps.RECEIVED"));
        if (d.identityAsked()) {
            steps.add(new Step(RequestStatus.AWAITING_IDENTITY, "privacy.steps.AWAITING_IDENTITY"));
        }
        steps.add(d.status() == RequestStatus.EXTENDED || d.extendedOn() != null
                ? new Step(RequestStatus.IN_PROGRESS, "privacy.steps.EXTENDED")
                : new Step(RequestStatus.IN_PROGRESS, "privacy.steps.IN_PROGRESS"));
        steps.add(d.refused() ? new Step(RequestStatus.ANSWERED, "privacy.steps.REFUSED")
                : new Step(RequestStatus.ANSWERED, "privacy.steps.ANSWERED"));
        steps.add(new Step(RequestStatus.CLOSED, "privacy.steps.CLOSED"));
        return steps;
    }

    private static int currentIndex(List<Step> steps, RequestStatus status) {
        RequestStatus shown = switch (status) {
            case EXTENDED -> RequestStatus.IN_PROGRESS;
            case REFUSED -> RequestStatus.ANSWERED;
            default -> status;
        };
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).status() == shown) {
                return i;
            }
        }
        return 0;
    }
}
