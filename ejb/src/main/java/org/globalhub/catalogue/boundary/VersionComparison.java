package org.globalhub.catalogue.boundary;

import org.globalhub.catalogue.control.VersionDiff;
import org.globalhub.catalogue.entity.ToolVersion;

/**
 * Two versions of a tool and what changed from {@code before} (null for a tool's first version) to
 * {@code after}: what a curator reviews, and what an agent compares.
 */
public record VersionComparison(ToolVersion before, ToolVersion after, VersionDiff diff) {

    public static VersionComparison of(ToolVersion before, ToolVersion after) {
        return new VersionComparison(before, after, VersionDiff.between(before, after));
    }
}
