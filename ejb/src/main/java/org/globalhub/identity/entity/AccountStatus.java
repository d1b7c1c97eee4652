package org.globalhub.identity.entity;

/** Where an account is between registration and use. Only ACTIVE accounts get past the login. */
public enum AccountStatus {
    /** Registered; the official e-mail address is not confirmed yet. */
    EMAIL_PENDING,
    /** E-mail confirmed; waiting for a curator's vetting. */
    VETTING,
    /** A curator asked the applicant for more information. */
    INFO_REQUESTED,
    ACTIVE,
    REJECTED,
    SUSPENDED;

    /** Applications a curator still has to decide on. */
    public boolean awaitsVetting() {
        return this == VETTING || this == INFO_REQUESTED;
    }
}
