package org.globalhub.catalogue.entity;

/** What a curator decided about a concern; OPEN until then. */
public enum ConcernDecision {
    OPEN,
    DISMISSED,
    TOOL_SUSPENDED,
    TOOL_REMOVED
}
