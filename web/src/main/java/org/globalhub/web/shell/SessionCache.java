package org.globalhub.web.shell;

import jakarta.faces.context.FacesContext;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Small per-session values the header shows on every page (unread notices, the re-verification
 * banner), kept in the HTTP session for a short while so that a page costs no query for them; an
 * action that changes one forgets it ({@link #forget}).
 */
public final class SessionCache {

    private record Entry(Serializable value, Instant until) implements Serializable {}

    private SessionCache() {}

    @SuppressWarnings("unchecked")
    public static <T extends Serializable> T get(
            String key, Duration ttl, Clock clock, Supplier<T> load) {
        Map<String, Object> session =
                FacesContext.getCurrentInstance().getExternalContext().getSessionMap();
        Instant now = Instant.now(clock);
        if (session.get(key) instanceof Entry entry && entry.until().isAfter(now)) {
            return (T) entry.value();
        }
        T value = load.get();
        session.put(key, new Entry(value, now.plus(ttl)));
        return value;
    }

    public static void forget(String key) {
        FacesContext.getCurrentInstance().getExternalContext().getSessionMap().remove(key);
    }
}
