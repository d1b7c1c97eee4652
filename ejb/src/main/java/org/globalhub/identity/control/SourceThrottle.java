package org.globalhub.identity.control;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Failed logins per source address: 20 within 15 minutes block that source for 15 minutes, whatever the
 * accounts tried. Kept in memory on this server (a cluster would need a shared store).
 */
public final class SourceThrottle {

    public static final int MAX_FAILURES = 20;
    public static final Duration WINDOW = Duration.ofMinutes(15);
    private static final SourceThrottle INSTANCE = new SourceThrottle();

    private record Window(Instant start, int failures) {
    }

    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    public static SourceThrottle instance() {
        return INSTANCE;
    }

    public boolean isBlocked(String source, Instant now) {
        Window window = windows.get(source);
        return window != null && window.failures() >= MAX_FAILURES && window.start().plus(WINDOW).isAfter(now);
    }

    public void failed(String source, Instant now) {
        windows.compute(source, (key, window) -> window == null || !window.start().plus(WINDOW).isAfter(now)
                ? new Window(now, 1) : new Window(window.start(), window.failures() + 1));
        if (windows.size() > 100_000) {
            windows.entrySet().removeIf(e -> !e.getValue().start().plus(WINDOW).isAfter(now));
        }
    }

    public void reset(String source) {
        windows.remove(source);
    }
}
