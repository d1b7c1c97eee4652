package org.globalhub;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.globalhub.identity.control.DemoAccounts;
import org.globalhub.identity.control.Totp;

/**
 * The demo accounts as tests log in with them: e-mail, password, and a fresh TOTP code. The server accepts
 * each 30-second step once per account (no replay), within one step of now; this hands out increasing
 * steps and waits for the next one when all three are used.
 */
public final class DemoUser {

    private static final Map<String, Long> LAST_STEP = new ConcurrentHashMap<>();

    private DemoUser() {
    }

    public static String email(String user) {
        return user + "@hub.example";
    }

    public static String password(String user) {
        return user + "-demo-2026";
    }

    public static synchronized String nextCode(String user) {
        String secret = DemoAccounts.USERS.stream().filter(u -> u[0].equals(user)).findFirst().orElseThrow()[1];
        while (true) {
            long current = Totp.step(Instant.now());
            long step = Math.max(LAST_STEP.getOrDefault(user, 0L) + 1, current - 1);
            if (step <= current + 1) {
                LAST_STEP.put(user, step);
                return Totp.code(secret, step);
            }
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
