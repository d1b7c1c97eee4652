package org.globalhub.identity.boundary;

import org.globalhub.platform.BusinessException;

/**
 * A login step failed. Always the same message, whether the account exists, the password or code
 * was wrong, or the account or source is locked: nothing to learn for someone guessing.
 */
public class LoginFailedException extends BusinessException {

    public LoginFailedException() {
        super("login.failed");
    }
}
