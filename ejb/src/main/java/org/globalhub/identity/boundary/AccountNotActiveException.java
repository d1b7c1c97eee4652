package org.globalhub.identity.boundary;

import org.globalhub.identity.entity.AccountStatus;
import org.globalhub.platform.BusinessException;

/**
 * Right password, but the account cannot be used (yet): the page says why. Only after a correct
 * password.
 */
public class AccountNotActiveException extends BusinessException {

    public AccountNotActiveException(AccountStatus status) {
        super("login.status." + status.name());
    }
}
