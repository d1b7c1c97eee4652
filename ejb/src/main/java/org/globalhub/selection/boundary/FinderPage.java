package org.globalhub.selection.boundary;

import java.util.List;
import java.util.Map;
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
        int total,
        int first,
        int size) {

    public int pageNumber() {
        return first / size + 1;
    }

    public int pageCount() {
        return Math.max(1, (total + size - 1) / size);
    }
}
