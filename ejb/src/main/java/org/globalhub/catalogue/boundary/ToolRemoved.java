package org.globalhub.catalogue.boundary;

/**
 * Fired (CDI event) inside the transaction that removes a tool from the catalogue, with the public
 * reason: whoever needs to know (the network's notifications) observes it without the catalogue
 * knowing them.
 */
public record ToolRemoved(long toolId, String toolName, String reason) {}
