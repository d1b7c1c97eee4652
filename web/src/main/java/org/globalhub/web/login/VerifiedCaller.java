package org.globalhub.web.login;

import jakarta.security.enterprise.credential.Credential;
import java.util.Set;

/**
 * Handed to the container only after both login steps passed (LoginService): who the caller is and
 * their roles. Only server code can make one; a browser cannot send it.
 */
public record VerifiedCaller(String email, Set<String> roles, long securityStamp, String sessionKey)
        implements Credential {}
