package be.classeur.ui.components;

import be.classeur.kernel.BusinessRuleException;
import jakarta.validation.ConstraintViolationException;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * The one way a page runs what the user asked and says how it went: a broken business rule is shown with its
 * translated reason, a concurrent edit (someone saved the record meanwhile) never overwrites anything and offers to
 * reload, and data the entity's validation refuses is reported as an invalid form. Nothing else is caught: an
 * unexpected failure goes to the application's error handler.
 */
public final class UserActions {
    private UserActions() {
    }

    /**
     * Runs {@code action}; returns whether it succeeded. {@code reload} shows the record as it is now stored; when it
     * is null (nothing on screen to reload), a concurrent edit is only reported.
     */
    public static boolean attempt(Runnable action, Runnable reload) {
        try {
            action.run();
            return true;
        } catch (BusinessRuleException rule) {
            Notifications.rule(rule);
        } catch (OptimisticLockingFailureException concurrent) {
            if (reload == null) {
                Notifications.error("ui.concurrent.text");
            } else {
                Confirmations.concurrentEdit(reload);
            }
        } catch (ConstraintViolationException invalid) {
            Notifications.error("validation.form.invalid");
        }
        return false;
    }

    /** As {@link #attempt(Runnable, Runnable)}, and on success says so with the translated {@code doneKey}. */
    public static boolean attempt(Runnable action, Runnable reload, String doneKey, Object... params) {
        boolean done = attempt(action, reload);
        if (done) {
            Notifications.success(doneKey, params);
        }
        return done;
    }
}
