package org.globalhub.platform;

/** Something asked for by id does not exist (or is not visible to the caller). */
public class NotFoundException extends BusinessException {

    public NotFoundException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
