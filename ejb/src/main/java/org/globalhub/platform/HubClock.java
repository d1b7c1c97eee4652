package org.globalhub.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/**
 * The Hub's one source of time: every service, timer and batch artifact injects {@link Clock}
 * instead of asking the system. Tests replace this producer with an enabled alternative (the EAR
 * tests' {@code MovableClock}), so that they can move time without any switch in production code.
 */
@ApplicationScoped
public class HubClock {

    @Produces
    public Clock clock() {
        return Clock.systemUTC();
    }
}
