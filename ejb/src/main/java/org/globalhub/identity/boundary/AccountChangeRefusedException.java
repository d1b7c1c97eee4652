package org.globalhub.identity.boundary;

import org.globalhub.platform.BusinessException;

/** A curator tried to change a curator's or an administrator's account: only administrators may. */
public class AccountChangeRefusedException extends BusinessException {

    public AccountChangeRefusedException() {
        super("error.accountChangeRefused");
    }
}
