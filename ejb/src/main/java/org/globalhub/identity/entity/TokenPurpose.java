package org.globalhub.identity.entity;

import java.time.Duration;

/** What a single-use e-mail link is for, and how long it stays valid. */
public enum TokenPurpose {
    EMAIL_VERIFICATION(Duration.ofHours(24)),
    PASSWORD_RESET(Duration.ofMinutes(30));

    private final Duration validity;

    TokenPurpose(Duration validity) {
        this.validity = validity;
    }

    public Duration validity() {
        return validity;
    }
}
