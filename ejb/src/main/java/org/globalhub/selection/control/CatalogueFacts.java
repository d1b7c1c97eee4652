package org.globalhub.selection.control;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the facts of every published tool with a handful of set-wise queries (tools, each label
 * table, the answers the finder uses, the ratings), for the {@link FacetIndex}. Also reads the
 * catalogue's revision: a fingerprint that changes whenever a tool, an answer, a published rating
 * or a provider does.
 */
public final class CatalogueFacts {

    /** Questionnaire answers that are facets, by question id. */
    private static final Map<String, Facet> ANSWER_FACETS =
            Map.of(
                    "tech.deployment",
                    Facet.DEPLOYMENT,
                    "tech.operating-systems",
                    Facet.OS,
                    "tech.cost-model",
                    Facet.COST,
                    "tech.development-stage",
                    Facet.STAGE,
                    "tech.independent-validation",
                    Facet.VALIDATION,
                    "tech.collects-user-data",
                    Facet.USER_DATA);

    private static final String PUBLISHED = "(SELECT id FROM tool WHERE status = 'PUBLISHED')";

    private final EntityManager em;

    public CatalogueFacts(EntityManager em) {
        this.em = em;
    }

    /**
     * One query: tool count and versions, answer count and last revision, published ratings, and
     * the providers' versions (the cards show the provider's name, type and region).
     */
    public String revision() {
        Object[] row =
                (Object[])
                        em.createNativeQuery(
                                        "SELECT (SELECT COUNT(*) FROM tool) AS tools, (SELECT COALESCE(SUM(version), 0) FROM tool) AS versions,"
                                                + " (SELECT COUNT(*) FROM answer) AS answers, (SELECT MAX(answered_at) FROM answer) AS answered,"
                                                + " (SELECT COUNT(*) FROM feedback WHERE status = 'PUBLISHED') AS ratings,"
                                                + " (SELECT COALESCE(SUM(version), 0) FROM provider) AS providers")
                                .getSingleResult();
        return row[0] + "/" + row[1] + "/" + row[2] + "/" + row[3] + "/" + row[4] + "/" + row[5];
    }

    @SuppressWarnings("unchecked")
    public List<ToolFacts> load() {
        Map<Long, Map<Facet, Set<String>>> values = new HashMap<>();
        List<Object[]> tools =
                em.createNativeQuery(
                                "SELECT t.id, t.name, t.summary, p.name, t.shuffle_key, p.provider_type, p.region,"
                                        + " t.answers_confirmed_at, p.country_code, t.created_at"
                                        + " FROM tool t JOIN provider p ON p.id = t.provider_id WHERE t.status = 'PUBLISHED'")
                        .getResultList();
        for (Object[] tool : tools) {
            Map<Facet, Set<String>> facts = new EnumMap<>(Facet.class);
            facts.put(Facet.PROVIDER_TYPE, Set.of((String) tool[5]));
            facts.put(Facet.REGION, Set.of((String) tool[6]));
            values.put(id(tool[0]), facts);
        }
        label(values, "SELECT tool_id, purpose FROM tool_purpose", Facet.PURPOSE);
        // Investigation phases filter the catalogue's list; they are not a facet of the finder.
        Map<Long, Set<String>> phases = labels("SELECT tool_id, phase FROM tool_phase");
        label(values, "SELECT tool_id, technology FROM tool_technology", Facet.DATA);
        label(
                values,
                "SELECT tool_id, language_code FROM tool_analysed_language",
                Facet.ANALYSED_LANGUAGE);
        label(
                values,
                "SELECT tool_id, language_code FROM tool_interface_language",
                Facet.INTERFACE_LANGUAGE);
        Map<Long, Integer> skills = new HashMap<>();
        for (Object[] answer :
                (List<Object[]>)
                        em.createNativeQuery(
                                        "SELECT tool_id, question_id, answer_text FROM answer"
                                                + " WHERE tool_id IN "
                                                + PUBLISHED
                                                + " AND question_id IN ('tech.deployment', 'tech.operating-systems',"
                                                + " 'tech.cost-model', 'tech.development-stage', 'tech.independent-validation', 'tech.collects-user-data',"
                                                + " 'tech.agencies-using', 'tech.skill-level')")
                                .getResultList()) {
            Map<Facet, Set<String>> facts = values.get(id(answer[0]));
            String question = (String) answer[1];
            String text = ((String) answer[2]).strip();
            if (facts == null || text.isEmpty()) {
                continue;
            }
            switch (question) {
                case "tech.agencies-using" -> facts.put(Facet.IN_USE, Set.of("yes"));
                case "tech.skill-level" -> skills.put(id(answer[0]), Integer.valueOf(text));
                default ->
                        facts.put(
                                ANSWER_FACETS.get(question),
                                new HashSet<>(List.of(text.split(","))));
            }
        }
        Map<Long, Object[]> ratings = new HashMap<>();
        for (Object[] rating :
                (List<Object[]>)
                        em.createNativeQuery(
                                        "SELECT tool_id, AVG(CAST(rating AS DOUBLE PRECISION)), COUNT(*)"
                                                + " FROM feedback WHERE status = 'PUBLISHED' GROUP BY tool_id")
                                .getResultList()) {
            ratings.put(id(rating[0]), rating);
        }
        List<ToolFacts> facts = new ArrayList<>(tools.size());
        for (Object[] tool : tools) {
            long id = id(tool[0]);
            Object[] rating = ratings.get(id);
            facts.add(
                    new ToolFacts(
                            id,
                            (String) tool[1],
                            (String) tool[2],
                            (String) tool[3],
                            ((Number) tool[4]).longValue(),
                            values.get(id),
                            skills.get(id),
                            rating == null ? null : ((Number) rating[1]).doubleValue(),
                            rating == null ? 0 : ((Number) rating[2]).longValue(),
                            instant(tool[7]),
                            (String) tool[8],
                            phases.getOrDefault(id, Set.of()),
                            instant(tool[9])));
        }
        return facts;
    }

    /** A TIMESTAMP read natively, as the Hub's converter writes it (the JVM's zone). */
    private static java.time.Instant instant(Object value) {
        if (value instanceof java.sql.Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof java.time.LocalDateTime local) {
            return local.atZone(java.time.ZoneId.systemDefault()).toInstant();
        }
        return null;
    }

    private void label(Map<Long, Map<Facet, Set<String>>> values, String sql, Facet facet) {
        labels(sql)
                .forEach(
                        (id, labels) -> {
                            Map<Facet, Set<String>> facts = values.get(id);
                            if (facts != null) {
                                facts.put(facet, labels);
                            }
                        });
    }

    /** A label table of the published tools, by tool id. */
    @SuppressWarnings("unchecked")
    private Map<Long, Set<String>> labels(String sql) {
        Map<Long, Set<String>> labels = new HashMap<>();
        for (Object[] row :
                (List<Object[]>)
                        em.createNativeQuery(sql + " WHERE tool_id IN " + PUBLISHED)
                                .getResultList()) {
            labels.computeIfAbsent(id(row[0]), id -> new HashSet<>()).add((String) row[1]);
        }
        return labels;
    }

    private static long id(Object value) {
        return ((Number) value).longValue();
    }
}
