package org.globalhub.catalogue.entity;

/** Where a version came from. */
public enum VersionSource {
    /** Written by the tool's provider in the portal. */
    PROVIDER,
    /** Written by a curator (a tool found in their own research, or a correction). */
    CURATOR,
    /** Written by an import run. */
    IMPORT,
    /** The answers a tool had before versions existed. */
    EARLIER
}
