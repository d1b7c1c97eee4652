package org.globalhub.identity.control;

import jakarta.persistence.EntityManager;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import org.globalhub.identity.entity.LoginFailure;

/**
 * Failed logins counted in the database (every server shares them). Per source address and account:
 * 5 within 15 minutes lock that address out of that account for 15 minutes, while the person still
 * logs in from elsewhere; a success clears only this count. Per source address (IPv6 by its /64
 * network): 100 within 15 minutes, which a whole agency behind one address never reaches, block the
 * address for 15 minutes, and a blocked address is refused before any password is hashed. The same
 * table counts registration and password-reset requests per source address ({@link #request}).
 */
public final class LoginThrottle {

    public static final int PAIR_LIMIT = 5;
    public static final int SOURCE_LIMIT = 100;
    public static final Duration WINDOW = Duration.ofMinutes(15);
    public static final Duration BLOCK = Duration.ofMinutes(15);

    /**
     * Registration and password-reset requests from one source address (IPv6 by its /64) within
     * {@link #REQUEST_WINDOW}: beyond this the source waits, whichever addresses it asks about.
     */
    public static final int REQUEST_LIMIT = 30;

    public static final Duration REQUEST_WINDOW = Duration.ofHours(1);

    private final EntityManager em;

    public LoginThrottle(EntityManager em) {
        this.em = em;
    }

    public boolean sourceBlocked(String source, Instant now) {
        LoginFailure counter = em.find(LoginFailure.class, sourceKey(source));
        return counter != null && counter.isBlocked(now);
    }

    public boolean pairLocked(String source, long accountId, Instant now) {
        LoginFailure counter = em.find(LoginFailure.class, pairKey(source, accountId));
        return counter != null && counter.isBlocked(now);
    }

    /** One failure from {@code source}, for {@code accountId} when the name was an account's. */
    public void failed(String source, Long accountId, Instant now) {
        count(sourceKey(source), SOURCE_LIMIT, WINDOW, BLOCK, now);
        if (accountId != null) {
            count(pairKey(source, accountId), PAIR_LIMIT, WINDOW, BLOCK, now);
        }
    }

    public void succeeded(String source, long accountId) {
        LoginFailure counter = em.find(LoginFailure.class, pairKey(source, accountId));
        if (counter != null) {
            em.remove(counter);
        }
    }

    /**
     * Counts one registration or password-reset request from {@code source}; false (and not
     * counted) when that source has used up its {@link #REQUEST_LIMIT} for now. The answer is the
     * same whether or not the address asked about has an account.
     */
    public boolean request(String source, Instant now) {
        String key = "requests:" + network(source);
        LoginFailure counter = em.find(LoginFailure.class, key);
        if (counter != null && counter.isBlocked(now)) {
            return false;
        }
        count(key, REQUEST_LIMIT, REQUEST_WINDOW, REQUEST_WINDOW, now);
        return true;
    }

    /** Counters whose window ended a day ago and that block nothing any more. */
    public int deleteStale(Instant now) {
        return em.createNamedQuery("LoginFailure.deleteStale")
                .setParameter("before", now.minus(Duration.ofDays(1)))
                .setParameter("now", now)
                .executeUpdate();
    }

    private void count(String key, int limit, Duration window, Duration block, Instant now) {
        LoginFailure counter = em.find(LoginFailure.class, key);
        if (counter == null) {
            counter = new LoginFailure(key, now);
            em.persist(counter);
        }
        counter.failed(now, limit, window, block);
    }

    static String sourceKey(String source) {
        return "source:" + network(source);
    }

    static String pairKey(String source, long accountId) {
        return "pair:" + network(source) + "|" + accountId;
    }

    /**
     * An IPv4 address as it is, an IPv6 address as its /64 network (one household or office), else
     * the text.
     */
    static String network(String source) {
        String text = source == null ? "unknown" : source.strip();
        if (text.contains(":") && text.matches("[0-9A-Fa-f:.%\\[\\]a-z]+")) {
            try {
                byte[] bytes =
                        InetAddress.getByName(text.replaceAll("[\\[\\]]|%.*", "")).getAddress();
                if (bytes.length == 16) {
                    StringBuilder prefix = new StringBuilder();
                    for (int i = 0; i < 8; i += 2) {
                        prefix.append(
                                        Integer.toHexString(
                                                ((bytes[i] & 0xff) << 8) | (bytes[i + 1] & 0xff)))
                                .append(':');
                    }
                    return prefix + ":/64";
                }
            } catch (UnknownHostException e) {
                // not an address after all: counted by its text
            }
        }
        return text.length() > 200 ? text.substring(0, 200) : text;
    }
}
