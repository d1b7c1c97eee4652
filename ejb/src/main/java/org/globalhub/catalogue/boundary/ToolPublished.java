package org.globalhub.catalogue.boundary;

import java.util.List;
import java.util.Set;

/**
 * Fired (CDI event) when tools become visible in the catalogue for the first time (one by a
 * curator, or a chunk of an import at once), with their purposes.
 */
public record ToolPublished(List<Tool> tools) {

    /** One newly published tool. */
    public record Tool(long id, String name, Set<String> purposes) {}

    public static ToolPublished of(long id, String name, Set<String> purposes) {
        return new ToolPublished(List.of(new Tool(id, name, purposes)));
    }
}
