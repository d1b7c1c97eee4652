package org.globalhub.identity;

/** The Hub's roles, as the security domain names them. */
public final class Roles {

    /** A verified law-enforcement agent. */
    public static final String AGENT = "agent";

    /** Vets agents, moderates feedback and concerns, runs the tool lifecycle. */
    public static final String CURATOR = "curator";

    /** Grants roles and runs the platform. */
    public static final String ADMINISTRATOR = "administrator";

    private Roles() {}
}
