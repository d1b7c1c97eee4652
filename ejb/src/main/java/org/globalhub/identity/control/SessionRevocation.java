package org.globalhub.identity.control;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.persistence.EntityManager;

/**
 * Tells every server that some open sessions must end: raises the session epoch (table {@code
 * session_epoch}) in the caller's transaction. Called wherever an account's security stamp changes
 * or an account is erased; {@code SessionEpoch} hands the value to the web layer. Other servers see
 * it within a second; this one at once, as its cached value is dropped when the transaction commits
 * ({@link Announced}).
 */
public final class SessionRevocation {

    /** The epoch was raised in a transaction that is about to commit. */
    public record Announced() {}

    private SessionRevocation() {}

    public static void announce(EntityManager em) {
        em.createNativeQuery("UPDATE session_epoch SET epoch = epoch + 1 WHERE id = 1")
                .executeUpdate();
        CDI.current().getBeanManager().getEvent().select(Announced.class).fire(new Announced());
    }
}
