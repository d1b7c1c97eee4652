package org.globalhub.selection.boundary;

import java.util.List;
import java.util.Map;
import org.globalhub.platform.Paged;
import org.globalhub.selection.control.Facet;
import org.globalhub.selection.control.FacetSelection;
import org.globalhub.selection.control.ToolFacts;

/**
 * One page of the faceted finder: the choices, each facet value's count, the tools on this page and
 * the total.
 */
public record FinderPage(
        FacetSelection selection,
        Map<Facet, Map<String, Integer>> counts,
        List<ToolFacts> tools,
        long total,
        int first,
        int size)
        implements Paged {}
