package org.globalhub.identity.boundary;

import java.util.Set;

/** A completed login: who, with which roles (the container's groups). */
public record SignedIn(String email, Set<String> roles, boolean dueForReverification) {
}
