package org.globalhub.platform;

/** Input from outside (a form, a file, a URL) that breaks a rule; nothing was stored. */
public class InvalidInputException extends BusinessException {

    public InvalidInputException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
