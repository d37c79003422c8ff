package be.classeur.ui.components;

import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.shared.Registration;
import java.io.Serializable;

/**
 * One click, one action: the one way a button that writes, sends, erases or exports is wired. The browser disables
 * the button at the click, before the click leaves (Vaadin's disable-on-click), and shows it working (the
 * {@code working} attribute: a spinner and a progress cursor, see classeur.css) until the server has answered; Vaadin's
 * loading bar appears too when the answer takes more than 300 ms. On the server, a further click that reaches the same
 * button before that answer (a double click sent in one round trip, a keyboard shortcut) is ignored. The action then
 * leaves the button as it sees fit: enabled again as before the click unless it decided otherwise (a failed save can
 * be tried again; a dialog that closes takes its button with it).
 * <p>
 * The application has no server push, so nothing can reach the browser while an action runs: the working state is set
 * in the browser at the click and cleared by the server's answer.
 */
public final class OneClick {
    /** The attribute the browser sets at the click; the stylesheet shows a spinner while it is there. */
    static final String WORKING = "working";

    private OneClick() {
    }

    /** A new button with this text that runs {@code action} once per click. */
    public static Button button(String text, ComponentEventListener<ClickEvent<Button>> action) {
        Button button = new Button(text);
        onClick(button, action);
        return button;
    }

    /** A new button with this text and icon that runs {@code action} once per click. */
    public static Button button(String text, Component icon, ComponentEventListener<ClickEvent<Button>> action) {
        Button button = new Button(text, icon);
        onClick(button, action);
        return button;
    }

    /** Runs {@code action} when the button is clicked, once per click: use it instead of {@code addClickListener}. */
    public static Registration onClick(Button button, ComponentEventListener<ClickEvent<Button>> action) {
        button.setDisableOnClick(true);
        if (ComponentUtil.getData(button, Wired.class) == null) {
            ComponentUtil.setData(button, Wired.class, Wired.YES);
            // The text shown while working, in the user's language, read by the stylesheet (a CSS string: no quotes in it).
            button.getStyle().set("--classeur-working-text",
                    "\"" + button.getTranslation("ui.action.working").replace("\"", "").replace("\\", "") + "\"");
            // Every attach may bring a new element in the browser: the click listener is set on each (once per element).
            button.addAttachListener(event -> showsWorkingFromTheClick(button));
            if (button.isAttached()) {
                showsWorkingFromTheClick(button);
            }
        }
        return button.addClickListener(event -> {
            Busy busy = ComponentUtil.getData(button, Busy.class);
            if (busy != null) {
                // A second click of the same round trip: Vaadin disabled the button again; it stays as the action left it.
                button.setEnabled(busy.enabledAfterAction);
                return;
            }
            busy = new Busy();
            ComponentUtil.setData(button, Busy.class, busy);
            UI ui = button.getUI().orElseGet(UI::getCurrent);
            ui.beforeClientResponse(ui, context -> done(button)); // this round trip's answer, even if the button left
            // Vaadin disabled the button at the click; the browser keeps it so until this round trip's answer, and
            // the busy mark refuses clicks on the server until then. Back to the state before the click, so that
            // what the action decides about its own button (disable it, hide it) is what stays.
            button.setEnabled(true);
            try {
                action.onComponentEvent(event);
            } finally {
                busy.enabledAfterAction = button.isEnabled();
            }
        });
    }

    /** Whether the button refuses clicks because the answer to its last click has not left yet. */
    public static boolean isBusy(Button button) {
        return ComponentUtil.getData(button, Busy.class) != null;
    }

    private static void showsWorkingFromTheClick(Button button) {
        button.getElement().executeJs("""
                if (!this.__classeurOneClick) {
                  this.__classeurOneClick = true;
                  this.addEventListener('click', () => {
                    this.setAttribute('working', '');
                    this.setAttribute('aria-busy', 'true');
                  });
                }""");
    }

    private static void done(Button button) {
        ComponentUtil.setData(button, Busy.class, null);
        button.getElement().executeJs("this.removeAttribute('working'); this.removeAttribute('aria-busy');");
    }

    /** The mark of a button whose click's answer has not left yet. */
    private static final class Busy implements Serializable {
        boolean enabledAfterAction = true;
    }

    private enum Wired implements Serializable { YES }
}
