package org.globalhub.catalogue.entity;

/** The phase of the work against child sexual exploitation in which a tool helps. */
public enum InvestigationPhase {
    PREVENTION,
    DETECTION,
    INVESTIGATION,
    VICTIM_SUPPORT
}
