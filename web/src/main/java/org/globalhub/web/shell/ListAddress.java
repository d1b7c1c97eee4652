package org.globalhub.web.shell;

import java.util.function.BiFunction;
import org.globalhub.platform.BusinessException;
import org.globalhub.platform.InvalidInputException;
import org.globalhub.platform.ListPage;

/**
 * What the address of a paged, searchable list says ({@code ?q=...&status=...&page=...}, bound by
 * the page's view parameters), and the one way a list page loads from it: a status that is not one
 * of the list's is reported and ignored; input the service refuses (a search too long) is reported,
 * and the first page without a search is shown instead.
 */
public class ListAddress {

    private String search;
    private String status;
    private Integer page;

    /** The chosen status, or null for any (or for one the list does not know: reported). */
    public <E extends Enum<E>> E status(Class<E> type) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, status);
        } catch (IllegalArgumentException e) {
            Messages.error(new InvalidInputException("error.filter"));
            return null;
        }
    }

    /** The page of {@code query(search, page)}. */
    public <T> ListPage<T> load(BiFunction<String, Integer, ListPage<T>> query) {
        try {
            return query.apply(search, page == null ? 1 : page);
        } catch (BusinessException e) {
            Messages.error(e);
            return query.apply(null, 1);
        }
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public Integer getPage() {
        return page;
    }

    public void setPage(Integer page) {
        this.page = page;
    }
}
