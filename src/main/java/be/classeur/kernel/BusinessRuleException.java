package be.classeur.kernel;

import java.util.Arrays;

/**
 * A domain rule refused an operation. Carries a translation key so that the UI can tell the user,
 * in their language, what is wrong; nothing was saved.
 */
public class BusinessRuleException extends RuntimeException {
    private final String messageKey;
    private final transient Object[] arguments;

    public BusinessRuleException(String messageKey, Object... arguments) {
        super(messageKey + (arguments.length == 0 ? "" : " " + Arrays.toString(arguments)));
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
