package org.globalhub;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.interceptor.Interceptor;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.function.Supplier;

/**
 * The Hub's clock in in-container tests: the system's time, moved forward while a test says so. It
 * replaces {@code HubClock} for the whole test deployment (an enabled alternative), so services,
 * timers and batch artifacts all see the same moved time; {@link #movedBy} always moves it back.
 */
@ApplicationScoped
@Alternative
@Priority(Interceptor.Priority.APPLICATION + 100)
public class MovableClock {

    private volatile Duration offset = Duration.ZERO;

    @Produces
    public Clock clock() {
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return Clock.offset(Clock.system(zone), offset);
            }

            @Override
            public Instant instant() {
                return Instant.now().plus(offset);
            }
        };
    }

    /**
     * Runs {@code work} with the Hub's time {@code by} ahead of the system's, then puts it back.
     */
    public <T> T movedBy(Duration by, Supplier<T> work) {
        offset = by;
        try {
            return work.get();
        } finally {
            offset = Duration.ZERO;
        }
    }
}
