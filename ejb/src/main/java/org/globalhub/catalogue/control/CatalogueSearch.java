package org.globalhub.catalogue.control;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.globalhub.catalogue.entity.Tool;
import org.globalhub.catalogue.entity.ToolStatus;

/** Turns a {@link CatalogueQuery} into one JPQL query for a page and one for the count. */
public final class CatalogueSearch {

    private final EntityManager em;

    public CatalogueSearch(EntityManager em) {
        this.em = em;
    }

    public List<Tool> page(CatalogueQuery query, int first, int size) {
        Map<String, Object> parameters = new HashMap<>();
        // The provider comes in the same statement (one query for the page, not one per provider).
        String jpql =
                "SELECT t FROM Tool t JOIN FETCH t.provider p"
                        + where(query, parameters)
                        + orderBy(query);
        TypedQuery<Tool> typed =
                em.createQuery(jpql, Tool.class).setFirstResult(first).setMaxResults(size);
        parameters.forEach(typed::setParameter);
        return typed.getResultList();
    }

    public long count(CatalogueQuery query) {
        Map<String, Object> parameters = new HashMap<>();
        TypedQuery<Long> typed =
                em.createQuery(
                        "SELECT COUNT(t) FROM Tool t JOIN t.provider p" + where(query, parameters),
                        Long.class);
        parameters.forEach(typed::setParameter);
        return typed.getSingleResult();
    }

    private static String where(CatalogueQuery query, Map<String, Object> parameters) {
        StringBuilder where = new StringBuilder(" WHERE t.status = :status");
        parameters.put("status", ToolStatus.PUBLISHED);
        if (query.text() != null) {
            where.append(
                    " AND (LOWER(t.name) LIKE :text ESCAPE '!' OR LOWER(t.summary) LIKE :text ESCAPE '!'"
                            + " OR LOWER(p.name) LIKE :text ESCAPE '!')");
            parameters.put("text", "%" + escapeLike(query.text().toLowerCase(Locale.ROOT)) + "%");
        }
        if (query.purpose() != null) {
            where.append(
                    " AND t.id IN (SELECT t1.id FROM Tool t1 JOIN t1.purposes x1 WHERE x1 = :purpose)");
            parameters.put("purpose", query.purpose());
        }
        if (query.technology() != null) {
            where.append(
                    " AND t.id IN (SELECT t2.id FROM Tool t2 JOIN t2.technologies x2 WHERE x2 = :technology)");
            parameters.put("technology", query.technology());
        }
        if (query.phase() != null) {
            where.append(
                    " AND t.id IN (SELECT t3.id FROM Tool t3 JOIN t3.phases x3 WHERE x3 = :phase)");
            parameters.put("phase", query.phase());
        }
        if (query.analysedLanguage() != null) {
            where.append(
                    " AND t.id IN (SELECT t4.id FROM Tool t4 JOIN t4.analysedLanguages x4 WHERE x4 = :language)");
            parameters.put("language", query.analysedLanguage());
        }
        if (query.region() != null) {
            where.append(" AND p.region = :region");
            parameters.put("region", query.region());
        }
        return where.toString();
    }

    private static String orderBy(CatalogueQuery query) {
        return switch (query.sort()) {
            case NAME -> " ORDER BY LOWER(t.name), t.id";
            case NEWEST -> " ORDER BY t.createdAt DESC, t.id";
            case NEUTRAL ->
                    " ORDER BY "
                            + NeutralOrder.forSeed(query.seed()).jpqlRank("t.shuffleKey")
                            + ", t.id";
        };
    }

    /** Visitors' text is matched literally: % and _ are not wildcards for them. */
    static String escapeLike(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
