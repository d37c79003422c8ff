package be.classeur.ui.components;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;

/** The footer every form dialog has: "cancel" closes, the primary button saves once per click, Ctrl+S saves too. */
public final class DialogButtons {
    private DialogButtons() {
    }

    /** Labels and wires {@code save} and {@code cancel}, and puts them in the dialog's footer (cancel first). */
    public static void saveAndCancel(Dialog dialog, Button save, String saveLabelKey, Button cancel, Runnable onSave) {
        save.setText(dialog.getTranslation(saveLabelKey));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        OneClick.onClick(save, e -> onSave.run());
        save.addClickShortcut(Key.KEY_S, KeyModifier.CONTROL);
        cancel.setText(dialog.getTranslation("ui.action.cancel"));
        cancel.addClickListener(e -> dialog.close());
        dialog.getFooter().add(cancel, save);
    }
}
