package org.globalhub.web.shell;

import jakarta.enterprise.context.SessionScoped;
import java.io.Serializable;
import java.security.SecureRandom;

/**
 * The visitor's own seed for the catalogue's neutral order: fixed for the session, so paging is
 * stable.
 */
@SessionScoped
public class VisitorSeed implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final long seed = RANDOM.nextLong();

    public long value() {
        return seed;
    }
}
