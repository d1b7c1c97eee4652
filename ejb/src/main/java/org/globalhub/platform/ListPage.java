package org.globalhub.platform;

import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.function.BiFunction;

/**
 * One page of a long list, paged in the database, and where it sits in the whole list: what every
 * curation and administration list returns (the page's pager is /WEB-INF/includes/pager.xhtml).
 */
public record ListPage<T>(List<T> items, long total, int first, int size) implements Paged {

    /**
     * Page {@code page} (1-based) of a query, with its total from {@code count} (both with their
     * parameters set); a page past the end gives the last page.
     */
    public static <T> ListPage<T> of(
            TypedQuery<Long> count, TypedQuery<T> rows, int page, int size) {
        return of(
                count.getSingleResult(),
                page,
                size,
                (first, max) -> rows.setFirstResult(first).setMaxResults(max).getResultList());
    }

    /**
     * Page {@code page} (1-based) of a list of {@code total} rows that {@code rows} reads given the
     * first row and the page size (for lists that are not a JPA query: the batch job repository's);
     * a page past the end gives the last page.
     */
    public static <T> ListPage<T> of(
            long total, int page, int size, BiFunction<Integer, Integer, List<T>> rows) {
        int first = firstRow(page, size);
        if (first >= total && total > 0) {
            first = firstRow((int) ((total + size - 1) / size), size);
        }
        return new ListPage<>(rows.apply(first, size), total, first, size);
    }

    /**
     * The first row of page {@code page} (1-based; anything below 1 is page 1; a page too far for
     * an int gives the largest row number, which {@link #of} turns into the last page).
     */
    public static int firstRow(int page, int size) {
        return (int) Math.min((Math.max(page, 1) - 1L) * size, Integer.MAX_VALUE);
    }

    /** A LIKE pattern for "contains", with the text's own % and _ taken literally (escape '!'). */
    public static String containsPattern(String text) {
        return "%"
                + text.toLowerCase(java.util.Locale.ROOT)
                        .replace("!", "!!")
                        .replace("%", "!%")
                        .replace("_", "!_")
                + "%";
    }
}
