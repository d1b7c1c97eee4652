package org.globalhub.catalogue.boundary;

import java.util.List;

/** One page of catalogue results and where it sits in the whole result. */
public record CataloguePage(List<CatalogueEntry> entries, long total, int first, int size) {

    public int pageNumber() {
        return first / size + 1;
    }

    public int pageCount() {
        return (int) Math.max(1, (total + size - 1) / size);
    }
}
