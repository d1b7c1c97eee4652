package org.globalhub.identity.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.globalhub.identity.entity.LoginFailure;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private static final Instant NOW = Instant.parse("2026-11-30T10:00:00Z");

    @Test
    void anIpv6AddressCountsAsItsSlash64NetworkAndIpv4AsItself() {
        assertEquals(
                LoginThrottle.network("2001:db8:1:2::7"),
                LoginThrottle.network("2001:0db8:0001:0002:ffff:1:2:3"));
        assertEquals(
                LoginThrottle.network("[2001:db8:1:2::7]"),
                LoginThrottle.network("2001:db8:1:2::8%eth0"));
        assertNotEquals(
                LoginThrottle.network("2001:db8:1:2::7"), LoginThrottle.network("2001:db8:1:3::7"));
        assertEquals("203.0.113.9", LoginThrottle.network("203.0.113.9"));
        assertNotEquals(
                LoginThrottle.network("203.0.113.9"), LoginThrottle.network("203.0.113.10"));
        assertEquals("unknown", LoginThrottle.network(null));
        assertEquals(
                "not:an:address:zz",
                LoginThrottle.network("not:an:address:zz"),
                "text that is no address is counted as text");
    }

    @Test
    void aCounterBlocksAtItsLimitWithinTheWindowAndTriesDuringTheBlockDoNotCount() {
        LoginFailure counter = new LoginFailure("k", NOW);
        Duration window = Duration.ofMinutes(15);
        for (int i = 0; i < 4; i++) {
            counter.failed(NOW.plusSeconds(i), 5, window, window);
        }
        assertFalse(counter.isBlocked(NOW));
        counter.failed(NOW.plusSeconds(10), 5, window, window);
        assertTrue(counter.isBlocked(NOW.plus(Duration.ofMinutes(14))));
        for (int minute = 1; minute < 15; minute++) {
            counter.failed(NOW.plus(Duration.ofMinutes(minute)), 5, window, window);
        }
        assertFalse(
                counter.isBlocked(NOW.plus(Duration.ofMinutes(16))),
                "not extended by tries during the block");
        counter.failed(NOW.plus(Duration.ofMinutes(16)), 5, window, window);
        assertFalse(counter.isBlocked(NOW.plus(Duration.ofMinutes(16))));
    }

    @Test
    void failuresOutsideTheWindowStartAFreshCount() {
        LoginFailure counter = new LoginFailure("k", NOW);
        Duration window = Duration.ofMinutes(15);
        for (int i = 0; i < 4; i++) {
            counter.failed(NOW, 5, window, window);
        }
        counter.failed(NOW.plus(Duration.ofMinutes(20)), 5, window, window);
        assertFalse(counter.isBlocked(NOW.plus(Duration.ofMinutes(20))));
        assertEquals(1, counter.getFailures());
    }
}
