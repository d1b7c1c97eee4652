package org.globalhub.catalogue.entity;

/** Where a tool is in its lifecycle. Only published tools appear in the catalogue. */
public enum ToolStatus {
    DRAFT,
    PUBLISHED,
    SUSPENDED,
    REMOVED
}
