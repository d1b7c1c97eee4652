package org.globalhub.identity.boundary;

import java.util.Set;

/**
 * A completed login: who, with which roles (the container's groups), and the account's security
 * stamp, which the session keeps: when it changes, the session ends; and the key of this login's
 * session record (the person's list of open sessions), which only the HTTP session holds.
 */
public record SignedIn(String email, Set<String> roles, long securityStamp, String sessionKey) {}
