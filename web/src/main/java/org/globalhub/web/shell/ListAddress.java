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

    private boolean requestRead;
    private ListPage<?> loaded;
    private boolean statusRefused;

    /**
     * Takes search, status and page from the request itself where the view parameters have not set
     * them yet. On a postback JSF sets view parameters only after the list has been rebuilt to find
     * the row whose button was pressed: without this, a row's action on a searched list or a later
     * page would act on the row at the same place in the first, unsearched page. The list's forms
     * carry the address ({@code /WEB-INF/includes/list-state.xhtml}).
     */
    private void readRequest() {
        if (requestRead) {
            return;
        }
        requestRead = true;
        var parameters =
                jakarta.faces.context.FacesContext.getCurrentInstance()
                        .getExternalContext()
                        .getRequestParameterMap();
        if (search == null) {
            search = parameters.get("q");
        }
        if (status == null) {
            status = parameters.get("status");
        }
        String number = parameters.get("page");
        if (page == null && number != null && number.matches("\\d{1,9}")) {
            page = Integer.valueOf(number);
        }
    }

    /** The chosen status, or null for any (or for one the list does not know: reported). */
    public <E extends Enum<E>> E status(Class<E> type) {
        readRequest();
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, status);
        } catch (IllegalArgumentException e) {
            if (!statusRefused) { // reported once, however often the list asks
                statusRefused = true;
                Messages.error(new InvalidInputException("error.filter"));
            }
            return null;
        }
    }

    /**
     * The page of {@code query(search, page)}, read once: the address lives as long as its list's
     * request-scoped backing bean, so every getter of the page asks for it here.
     */
    @SuppressWarnings("unchecked") // one address, one list: the page is always of the same query
    public <T> ListPage<T> page(BiFunction<String, Integer, ListPage<T>> query) {
        if (loaded == null) {
            loaded = load(query);
        }
        return (ListPage<T>) loaded;
    }

    /** The page of {@code query(search, page)}. */
    public <T> ListPage<T> load(BiFunction<String, Integer, ListPage<T>> query) {
        readRequest();
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
