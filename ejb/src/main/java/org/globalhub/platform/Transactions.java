package org.globalhub.platform;

import jakarta.transaction.Status;
import jakarta.transaction.UserTransaction;
import java.util.function.Supplier;

/**
 * Work in a transaction of its own, for beans that manage their transactions (the outbox
 * dispatcher, the demo loader): begun, committed when the work returns, rolled back when it fails.
 */
public final class Transactions {

    private Transactions() {}

    /** Runs {@code work} in a new transaction of {@code tx}; {@code what} names it in a failure. */
    public static <T> T inTransaction(UserTransaction tx, String what, Supplier<T> work) {
        try {
            tx.begin();
            T result = work.get();
            tx.commit();
            return result;
        } catch (Exception e) {
            try {
                if (tx.getStatus() != Status.STATUS_NO_TRANSACTION) {
                    tx.rollback();
                }
            } catch (Exception rollbackFailed) {
                e.addSuppressed(rollbackFailed);
            }
            throw new IllegalStateException(what + " failed", e);
        }
    }
}
