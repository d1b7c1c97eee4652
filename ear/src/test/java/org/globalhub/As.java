package org.globalhub;

import java.util.concurrent.Callable;
import org.wildfly.security.auth.server.SecurityDomain;
import org.wildfly.security.auth.server.SecurityIdentity;
import org.wildfly.security.evidence.PasswordGuessEvidence;

/**
 * Runs in-container test code as one of the demo users, authenticated by the server's security
 * domain.
 */
public final class As {

    private As() {}

    public static <T> T agent(Callable<T> action) {
        return user("agent", action);
    }

    public static <T> T curator(Callable<T> action) {
        return user("curator", action);
    }

    public static void agent(Runnable action) {
        user(
                "agent",
                () -> {
                    action.run();
                    return null;
                });
    }

    public static void curator(Runnable action) {
        user(
                "curator",
                () -> {
                    action.run();
                    return null;
                });
    }

    public static <T> T user(String name, Callable<T> action) {
        try {
            SecurityDomain domain = SecurityDomain.getCurrent();
            SecurityIdentity identity =
                    domain.authenticate(
                            name, new PasswordGuessEvidence((name + "-demo-2026").toCharArray()));
            return identity.runAs(action);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
