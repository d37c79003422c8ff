package be.classeur.kernel.validation;

import be.classeur.kernel.Translations;
import org.hibernate.validator.messageinterpolation.ResourceBundleMessageInterpolator;
import org.hibernate.validator.resourceloading.PlatformResourceBundleLocator;

/** Resolves {@code {key}} validation messages from the UI's translation files, in the user's language. */
public class TranslatedMessageInterpolator extends ResourceBundleMessageInterpolator {
    public TranslatedMessageInterpolator() {
        super(new PlatformResourceBundleLocator(Translations.BUNDLE));
    }
}
