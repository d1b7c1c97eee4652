package org.globalhub.platform;

import java.util.NoSuchElementException;
import java.util.Optional;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The Hub's own settings, read the WildFly way through MicroProfile Config: a system property of
 * the server ({@code hub.public.url}, set with the CLI or {@code -D}) or an environment variable
 * ({@code HUB_PUBLIC_URL}). Each setting is named here once, with what it does.
 */
public final class Settings {

    /** The Hub's address as people reach it; links in mails start with it. */
    public static final String PUBLIC_URL = "hub.public.url";

    /** The JNDI name of the Hub's datasource (H2 by default, PostgreSQL in production). */
    public static final String DATASOURCE = "hub.datasource";

    /**
     * The datasource the schema migrations run through, when it is not {@link #DATASOURCE}: a role
     * that owns the schema migrates it, while the Hub runs with a role that only reads and writes
     * rows (README, IT step 1, least privilege).
     */
    public static final String MIGRATION_DATASOURCE = "hub.migration.datasource";

    /** Where answers to the Hub's mails go (for example a help desk); none by default. */
    public static final String MAIL_REPLY_TO = "hub.mail.reply-to";

    /** The demo: mails are written to the log instead of being sent. Never in production. */
    public static final String MAIL_LOG_ONLY = "hub.mail.log";

    /** The demo: how many generated tools and accounts to add to the demo data. */
    public static final String DEMO_TOOLS = "hub.demo.tools";

    public static final String DEMO_ACCOUNTS = "hub.demo.accounts";

    /**
     * WildFly's name of this server in a cluster (not the Hub's own setting, read the same way).
     */
    public static final String NODE = "jboss.node.name";

    private Settings() {}

    /** The setting, if it is set and not blank. */
    public static Optional<String> optional(String name) {
        try {
            return ConfigProvider.getConfig()
                    .getOptionalValue(name, String.class)
                    .filter(value -> !value.isBlank());
        } catch (IllegalStateException
                | NoSuchElementException
                | java.util.ServiceConfigurationError e) {
            return Optional
                    .empty(); // no MicroProfile Config outside the server (unit tests): defaults
        }
    }

    public static String text(String name, String fallback) {
        return optional(name).orElse(fallback);
    }

    public static boolean flag(String name) {
        return optional(name).map(Boolean::parseBoolean).orElse(false);
    }

    public static int number(String name, int fallback) {
        try {
            return optional(name).map(String::strip).map(Integer::parseInt).orElse(fallback);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
