package org.globalhub.platform;

/**
 * Anything shown a page at a time: where the page sits in the whole list. The pager
 * (/WEB-INF/includes/pager.xhtml) reads these; the lists ({@link ListPage}, the catalogue's and the
 * finder's pages) give the three figures.
 */
public interface Paged {

    /** The most rows one page may hold, whatever a caller asks for. */
    int MAX_SIZE = 100;

    /** How many rows the whole list has. */
    long total();

    /** The first row of this page (0-based). */
    int first();

    /** The page's size. */
    int size();

    default int pageNumber() {
        return first() / size() + 1;
    }

    default int pageCount() {
        return (int) Math.max(1, (total() + size() - 1) / size());
    }

    /** A page size a caller asked for, kept between 1 and {@link #MAX_SIZE}. */
    static int clampSize(int size) {
        return Math.max(1, Math.min(size, MAX_SIZE));
    }
}
