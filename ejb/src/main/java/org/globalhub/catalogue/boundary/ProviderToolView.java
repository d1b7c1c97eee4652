package org.globalhub.catalogue.boundary;

import org.globalhub.catalogue.entity.ProviderReply;
import org.globalhub.catalogue.entity.Tool;
import org.globalhub.catalogue.entity.ToolStatus;
import org.globalhub.catalogue.entity.ToolVersion;

/**
 * One of a provider's tools in its portal: the tool, the version agents read (null before the first
 * approval), the version being written or reviewed (null when none), and the provider's reply to
 * the tool's current suspension or removal (null when none yet). {@code earlierWording} counts the
 * published answers given to an earlier wording of their question: the provider is asked to answer
 * them again.
 */
public record ProviderToolView(
        Tool tool,
        ToolVersion published,
        ToolVersion open,
        ProviderReply reply,
        int earlierWording) {

    /** The tool is suspended or removed and the provider has not replied to that decision yet. */
    public boolean isReplyOpen() {
        return reply == null
                && (tool.getStatus() == ToolStatus.SUSPENDED
                        || tool.getStatus() == ToolStatus.REMOVED);
    }
}
