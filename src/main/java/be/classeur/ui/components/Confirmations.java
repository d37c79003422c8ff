package be.classeur.ui.components;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;

/** The one way the app asks before a destructive action. */
public final class Confirmations {
    private Confirmations() {
    }

    /** Opens a dialog; {@code onConfirm} runs only after the user confirms. Escape or Cancel does nothing. */
    public static ConfirmDialog confirm(String headerKey, String textKey, String confirmKey, Runnable onConfirm, Object... params) {
        UI ui = UI.getCurrent();
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(ui.getTranslation(headerKey, params));
        dialog.setText(ui.getTranslation(textKey, params));
        dialog.setCancelable(true);
        dialog.setCancelText(ui.getTranslation("ui.action.cancel"));
        dialog.setConfirmText(ui.getTranslation(confirmKey));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(once(onConfirm));
        dialog.open();
        return dialog;
    }

    /**
     * Asks whether to go on despite the problems listed in {@code body} (clashes, for instance); {@code onConfirm} runs
     * only after the user confirms. Escape or Cancel does nothing.
     */
    public static ConfirmDialog goOnDespite(String headerKey, Component body, String confirmKey, Runnable onConfirm) {
        UI ui = UI.getCurrent();
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(ui.getTranslation(headerKey));
        dialog.setText(body);
        dialog.setCancelable(true);
        dialog.setCancelText(ui.getTranslation("ui.action.cancel"));
        dialog.setConfirmText(ui.getTranslation(confirmKey));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(once(onConfirm));
        dialog.open();
        return dialog;
    }

    /** As {@link #goOnDespite(String, Component, String, Runnable)} for problems said as lines of text, after an introduction. */
    public static ConfirmDialog goOnDespite(String headerKey, String introKey, List<String> problems, String confirmKey,
                                            Runnable onConfirm) {
        UnorderedList list = new UnorderedList();
        problems.forEach(problem -> list.add(new ListItem(problem)));
        Paragraph intro = new Paragraph(UI.getCurrent().getTranslation(introKey, problems.size()));
        return goOnDespite(headerKey, new Div(intro, list), confirmKey, onConfirm);
    }

    /** Tells the user that someone else saved the record meanwhile, and offers to reload it. */
    public static ConfirmDialog concurrentEdit(Runnable reload) {
        UI ui = UI.getCurrent();
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(ui.getTranslation("ui.concurrent.title"));
        dialog.setText(ui.getTranslation("ui.concurrent.text"));
        dialog.setCancelable(true);
        dialog.setCancelText(ui.getTranslation("ui.concurrent.keep"));
        dialog.setConfirmText(ui.getTranslation("ui.concurrent.reload"));
        dialog.addConfirmListener(event -> reload.run());
        dialog.open();
        return dialog;
    }

    /**
     * The dialog's confirm runs its action once: the browser closes the dialog at the click, but a second confirm
     * sent during the closing animation must not write, send or erase twice.
     */
    private static ComponentEventListener<ConfirmDialog.ConfirmEvent> once(Runnable onConfirm) {
        boolean[] confirmed = {false};
        return event -> {
            if (!confirmed[0]) {
                confirmed[0] = true;
                onConfirm.run();
            }
        };
    }
}
