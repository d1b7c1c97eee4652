package org.globalhub.platform.mail;

/**
 * A mail entered the outbox in the current transaction; after commit the dispatcher sends it at
 * once.
 */
public record MailQueued(long id) {}
