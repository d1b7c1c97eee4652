package org.globalhub.identity;

/** The Hub's roles, as the security domain names them. */
public final class Roles {

    /** A verified law-enforcement agent. */
    public static final String AGENT = "agent";

    /** Vets agents, moderates feedback and concerns, runs the tool lifecycle. */
    public static final String CURATOR = "curator";

    /**
     * A person acting for a tool provider: keeps that provider's tools current, sees nothing else.
     */
    public static final String PROVIDER = "provider";

    /** Grants roles and runs the platform. */
    public static final String ADMINISTRATOR = "administrator";

    private Roles() {}
}
