package org.globalhub;

import org.globalhub.demo.DemoAccounts;

/**
 * The demo accounts (agent, curator, admin) as a test logs in with them. Tests that only need
 * someone with a role make their own ({@link TestUser#create}); these are for what only the demo
 * data has, such as the pages every role may open.
 */
public final class DemoUser {

    private DemoUser() {}

    public static TestUser of(String user) {
        String secret =
                DemoAccounts.USERS.stream()
                        .filter(u -> u[0].equals(user))
                        .findFirst()
                        .orElseThrow()[1];
        return new TestUser(user + "@hub.example", user + "-demo-2026", secret);
    }
}
