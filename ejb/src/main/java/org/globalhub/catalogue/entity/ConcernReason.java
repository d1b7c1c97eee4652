package org.globalhub.catalogue.entity;

/** What kind of problem an agent reports about a tool. */
public enum ConcernReason {
    ETHICAL,
    LEGAL,
    SECURITY,
    MISLEADING_INFORMATION,
    OTHER
}
