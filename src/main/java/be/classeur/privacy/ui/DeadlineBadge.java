package be.classeur.privacy.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;

/**
 * Days left before the reply deadline, as a coloured badge that also says it in words (colour is never the only
 * cue): green with 7 days or more, amber with fewer, red when overdue; a dash once the clock has stopped.
 */
final class DeadlineBadge {
    static final String OK = "classeur-deadline-ok";
    static final String SOON = "classeur-deadline-soon";
    static final String OVERDUE = "classeur-deadline-overdue";
    static final String STOPPED = "classeur-deadline-stopped";

    private DeadlineBadge() {
    }

    static String cssClass(Long daysLeft) {
        if (daysLeft == null) {
            return STOPPED;
        }
        if (daysLeft < 0) {
            return OVERDUE;
        }
        return daysLeft >= 7 ? OK : SOON;
    }

    static Span of(Long daysLeft) {
        UI ui = UI.getCurrent();
        String css = cssClass(daysLeft);
        Span badge = new Span();
        badge.addClassName("classeur-deadline");
        badge.addClassName(css);
        switch (css) {
            case OVERDUE -> {
                badge.setText(ui.getTranslation("privacy.daysLeft.overdue", -daysLeft));
                badge.getElement().getThemeList().add("badge error primary");
                badge.getStyle().set("background-color", "#b3261e").set("color", "#ffffff");
            }
            case SOON -> {
                badge.setText(ui.getTranslation("privacy.daysLeft.remaining", daysLeft));
                badge.getElement().getThemeList().add("badge");
                badge.getStyle().set("background-color", "#fff0c2").set("color", "#6b4500");
            }
            case OK -> {
                badge.setText(ui.getTranslation("privacy.daysLeft.remaining", daysLeft));
                badge.getElement().getThemeList().add("badge success");
                badge.getStyle().set("background-color", "#e3f4e8").set("color", "#1b5e2f");
            }
            default -> badge.setText("—");
        }
        return badge;
    }
}
