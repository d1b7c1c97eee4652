package org.globalhub.platform;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * The query behind a paged, searchable list: optional filters, each added only when the person
 * chose it, then one page and its total ({@link ListPage}). One place for what every curation and
 * administration list does: "contains" searches taken literally, any case, checked like every other
 * input.
 */
public final class ListQuery {

    private final String alias;
    private final String from;
    private final StringBuilder where = new StringBuilder(" WHERE 1 = 1");
    private final Map<String, Object> parameters = new LinkedHashMap<>();
    private String fetch = "";

    /**
     * @param alias the entity's identification variable, e.g. {@code t}
     * @param from the FROM clause, e.g. {@code Tool t}
     */
    public ListQuery(String alias, String from) {
        this.alias = alias;
        this.from = from;
    }

    /** A condition that always holds (no parameters). */
    public ListQuery where(String condition) {
        where.append(" AND (").append(condition).append(')');
        return this;
    }

    /** {@code path = value}, only when a value was chosen. */
    public ListQuery equal(String path, Object value) {
        if (value != null) {
            String name = "p" + parameters.size();
            where.append(" AND ").append(path).append(" = :").append(name);
            parameters.put(name, value);
        }
        return this;
    }

    /** {@code path >= value} (a date, a number): always applied. */
    public ListQuery atLeast(String path, Object value) {
        String name = "p" + parameters.size();
        where.append(" AND ").append(path).append(" >= :").append(name);
        parameters.put(name, value);
        return this;
    }

    /**
     * One of {@code paths} contains {@code text} (any case, % and _ literal), when text is given.
     */
    public ListQuery contains(String text, String... paths) {
        String search =
                Objects.requireNonNullElse(Texts.clean(text, "catalogue.search", false, 200), "");
        if (!search.isEmpty()) {
            String name = "p" + parameters.size();
            StringBuilder any = new StringBuilder();
            for (String path : paths) {
                any.append(any.length() == 0 ? "" : " OR ")
                        .append("LOWER(")
                        .append(path)
                        .append(") LIKE :")
                        .append(name)
                        .append(" ESCAPE '!'");
            }
            where.append(" AND (").append(any).append(')');
            parameters.put(name, ListPage.containsPattern(search));
        }
        return this;
    }

    /** Joins fetched with the rows (not counted), e.g. {@code JOIN FETCH t.provider}. */
    public ListQuery fetch(String joins) {
        this.fetch = " " + joins;
        return this;
    }

    public <T> ListPage<T> page(
            EntityManager em, Class<T> type, String orderBy, int page, int size) {
        return page(em, type, orderBy, page, size, UnaryOperator.identity());
    }

    /** As above; {@code rows} adjusts the rows' query (hints). */
    public <T> ListPage<T> page(
            EntityManager em,
            Class<T> type,
            String orderBy,
            int page,
            int size,
            UnaryOperator<TypedQuery<T>> rows) {
        TypedQuery<Long> count =
                em.createQuery("SELECT COUNT(" + alias + ") FROM " + from + where, Long.class);
        TypedQuery<T> list =
                em.createQuery(
                        "SELECT "
                                + alias
                                + " FROM "
                                + from
                                + fetch
                                + where
                                + " ORDER BY "
                                + orderBy,
                        type);
        parameters.forEach(
                (name, value) -> {
                    count.setParameter(name, value);
                    list.setParameter(name, value);
                });
        return ListPage.of(count, rows.apply(list), page, size);
    }
}
