package org.globalhub.platform;

import java.util.concurrent.TimeUnit;

/**
 * When this server last sent the database anything but a query ({@link SqlStatementCounter} sees
 * every statement). Caches of the database's state that may be a moment old on other servers use it
 * to be exact on the server where the change was made: after a local write they look again.
 */
public final class LocalWrites {

    /** Monotonic time (System.nanoTime) of the last write; "long ago" at first. */
    private static volatile long last = System.nanoTime() - TimeUnit.HOURS.toNanos(1);

    private LocalWrites() {}

    static void touch() {
        last = System.nanoTime();
    }

    /** Whether this server wrote anything within the given nanoseconds. */
    public static boolean within(long nanos) {
        return System.nanoTime() - last <= nanos;
    }
}
