package org.globalhub.identity.boundary;

/**
 * Proof that the password step passed, valid five minutes, for the second step only.
 *
 * @param mustEnrol true on the first login: the person sets up an authenticator before anything
 *     else
 */
public record LoginTicket(String ticket, boolean mustEnrol) {}
