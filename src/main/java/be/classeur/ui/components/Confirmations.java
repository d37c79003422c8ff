package be.classeur.ui.components;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;

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
        dialog.addConfirmListener(event -> onConfirm.run());
        dialog.open();
        return dialog;
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
}
