package org.globalhub.platform;

import jakarta.ejb.ApplicationException;
import java.util.List;

/**
 * A broken business rule or invalid input, reported to the person as a translated message. The
 * message is a resource-bundle key; {@link #arguments()} fill its placeholders.
 */
@ApplicationException(rollback = true)
public class BusinessException extends RuntimeException {

    private final transient List<Object> arguments;

    public BusinessException(String messageKey, Object... arguments) {
        super(messageKey);
        this.arguments = List.of(arguments);
    }

    /** The resource-bundle key of the message shown to the person. */
    public String messageKey() {
        return getMessage();
    }

    public List<Object> arguments() {
        return arguments;
    }
}
