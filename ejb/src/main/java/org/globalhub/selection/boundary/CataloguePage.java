package org.globalhub.selection.boundary;

import java.util.List;
import org.globalhub.selection.control.ToolFacts;

/** One page of the catalogue's list and where it sits in the whole result. */
public record CataloguePage(List<ToolFacts> tools, long total, int first, int size) {

    public int pageNumber() {
        return first / size + 1;
    }

    public int pageCount() {
        return (int) Math.max(1, (total + size - 1) / size);
    }
}
