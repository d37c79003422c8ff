package be.classeur.kernel.validation;

import org.hibernate.validator.messageinterpolation.ResourceBundleMessageInterpolator;
import org.hibernate.validator.resourceloading.PlatformResourceBundleLocator;

/** Resolves {@code {key}} validation messages from the UI's translation files, in the user's language. */
public class TranslatedMessageInterpolator extends ResourceBundleMessageInterpolator {
    public TranslatedMessageInterpolator() {
        super(new PlatformResourceBundleLocator("vaadin-i18n/translations"));
    }
}
