package org.globalhub.catalogue.entity;

/** The life of one version of a tool's description and answers. */
public enum VersionState {
    /** Being written; its author can change it. */
    DRAFT,
    /** Waiting for a curator. */
    SUBMITTED,
    /** Sent back by a curator with comments; its author can change it and submit it again. */
    RETURNED,
    /** What agents read: one per tool. */
    PUBLISHED,
    /** Was published; replaced by a later version, kept unchanged. */
    SUPERSEDED,
    /** Refused by a curator with a reason. */
    REJECTED
}
