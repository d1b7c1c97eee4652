package org.globalhub.selection.control;

import static org.globalhub.selection.control.MatchScorerTest.facts;
import static org.globalhub.selection.control.MatchScorerTest.tool;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.globalhub.catalogue.control.CatalogueQuery;
import org.globalhub.catalogue.control.CatalogueSort;
import org.junit.jupiter.api.Test;

class FacetIndexTest {

    private final FacetIndex index =
            new FacetIndex(
                    List.of(
                            tool(
                                    1,
                                    "A",
                                    facts(
                                            Facet.PURPOSE,
                                            "MEDIA_TRIAGE",
                                            Facet.ANALYSED_LANGUAGE,
                                            "ar,en",
                                            Facet.DEPLOYMENT,
                                            "cloud"),
                                    2),
                            tool(
                                    2,
                                    "B",
                                    facts(
                                            Facet.PURPOSE,
                                            "MEDIA_TRIAGE,HASH_MATCHING",
                                            Facet.ANALYSED_LANGUAGE,
                                            "en",
                                            Facet.DEPLOYMENT,
                                            "on-premises"),
                                    3),
                            tool(3, "C", facts(Facet.PURPOSE, "AGE_ESTIMATION"), null)));

    private static FacetSelection parse(String... pairs) {
        java.util.Map<String, String[]> parameters = new java.util.LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            parameters.put(pairs[i], new String[] {pairs[i + 1]});
        }
        return FacetSelection.parse(parameters);
    }

    @Test
    void valuesOfOneFacetAddUpAndFacetsNarrowDown() {
        assertEquals(3, index.query(parse("task", "MEDIA_TRIAGE,AGE_ESTIMATION")).tools().size());
        assertEquals(
                List.of(2L),
                index.query(parse("task", "MEDIA_TRIAGE", "deploy", "on-premises")).tools().stream()
                        .map(ToolFacts::id)
                        .toList());
    }

    @Test
    void eachValueCountsWhatChoosingItWouldGiveAndUnansweredFactsAreCountedAsUnknown() {
        var result = index.query(parse("lang", "ar"));
        assertEquals(1, result.tools().size());
        Map<String, Integer> languages = result.counts().get(Facet.ANALYSED_LANGUAGE);
        assertEquals(
                Map.of("ar", 1, "en", 2, "unknown", 1),
                languages,
                "choosing a language keeps the others' counts");
        assertEquals(
                1,
                result.counts().get(Facet.PURPOSE).get("MEDIA_TRIAGE"),
                "other facets count within the choice");
        assertEquals(0, result.counts().get(Facet.DEPLOYMENT).get("on-premises"));
    }

    @Test
    void nonsenseInTheAddressIsIgnoredAndListed() {
        FacetSelection selection =
                parse(
                        "task",
                        "MEDIA_TRIAGE,<script>alert(1)</script>",
                        "lang",
                        "xx",
                        "stage",
                        "9".repeat(500),
                        "page",
                        "-5");
        assertEquals(Map.of(Facet.PURPOSE, java.util.Set.of("MEDIA_TRIAGE")), selection.chosen());
        assertEquals(3, selection.ignored().size());
        assertTrue(selection.ignored().get(2).length() < 60, "a long value is cut when shown");
        assertEquals("task=MEDIA_TRIAGE", selection.toQuery());
        assertEquals("", selection.toggle(Facet.PURPOSE, "MEDIA_TRIAGE").toQuery());
    }

    @Test
    void guidedAnswersReadFromTheAddressTakeOnlyAllowedAnswers() {
        Map<String, String[]> parameters =
                Map.of(
                        "task",
                        new String[] {"grooming_text_analysis,NOPE"},
                        "where",
                        new String[] {"moon"},
                        "skills",
                        new String[] {"9"},
                        "budget",
                        new String[] {"none"},
                        "lang",
                        new String[] {"ar,en,zz"});
        GuidedAnswers answers = GuidedAnswers.parse(parameters);
        assertEquals("task=GROOMING_TEXT_ANALYSIS&lang=ar,en&budget=none", answers.toQuery());
        assertTrue(answers.asksLanguages());
        assertEquals(
                answers,
                GuidedAnswers.parse(
                        Map.of(
                                "budget",
                                new String[] {"none"},
                                "lang",
                                new String[] {"en", "ar"},
                                "task",
                                new String[] {"GROOMING_TEXT_ANALYSIS"})));
    }

    @Test
    void cataloguePagesFollowEachOrderAsAFullSortWouldAndTiesGoById() {
        java.util.Random random = new java.util.Random(7);
        List<ToolFacts> tools = new java.util.ArrayList<>();
        for (long id = 300; id > 0; id--) { // ids not in load order
            tools.add(
                    new ToolFacts(
                            id,
                            (random.nextBoolean() ? "Tool " : "tool ") + random.nextInt(40),
                            id % 3 == 0 ? "finds grooming" : "triage",
                            "Provider",
                            random.nextInt(50), // shared shuffle keys: ties
                            facts(Facet.PURPOSE, id % 2 == 0 ? "MEDIA_TRIAGE" : "OSINT"),
                            null,
                            null,
                            0,
                            null,
                            "KE",
                            Set.of(),
                            java.time.Instant.ofEpochSecond(random.nextInt(20))));
        }
        FacetIndex catalogue = new FacetIndex(tools);
        long seed = 11;
        org.globalhub.catalogue.control.NeutralOrder neutral =
                org.globalhub.catalogue.control.NeutralOrder.forSeed(seed);
        Map<CatalogueSort, java.util.Comparator<ToolFacts>> orders =
                Map.of(
                        CatalogueSort.NAME,
                        java.util.Comparator.comparing(
                                (ToolFacts t) -> t.name().toLowerCase(java.util.Locale.ROOT)),
                        CatalogueSort.NEWEST,
                        java.util.Comparator.comparing(
                                ToolFacts::createdAt, java.util.Comparator.reverseOrder()),
                        CatalogueSort.NEUTRAL,
                        java.util.Comparator.comparingLong(
                                (ToolFacts t) -> neutral.rank(t.shuffleKey())));
        for (var order : orders.entrySet()) {
            for (String text : new String[] {null, "GROOMING"}) {
                List<Long> expected =
                        tools.stream()
                                .filter(t -> text == null || t.summary().contains("grooming"))
                                .filter(t -> t.id() % 2 == 0)
                                .sorted(order.getValue().thenComparing(ToolFacts::id))
                                .map(ToolFacts::id)
                                .toList();
                for (int first : new int[] {0, 10, 40, expected.size() - 1}) {
                    CatalogueQuery query =
                            new CatalogueQuery(
                                    text,
                                    org.globalhub.catalogue.entity.Purpose.MEDIA_TRIAGE,
                                    null,
                                    null,
                                    null,
                                    null,
                                    order.getKey(),
                                    seed);
                    FacetIndex.Page page = catalogue.page(query, first, 10);
                    int start = first - first % 10;
                    assertEquals(expected.size(), page.total());
                    assertEquals(start, page.first());
                    assertEquals(
                            expected.subList(start, Math.min(expected.size(), start + 10)),
                            page.tools().stream().map(ToolFacts::id).toList(),
                            order.getKey() + " " + text + " from " + first);
                }
            }
        }
        CatalogueQuery everything =
                new CatalogueQuery(null, null, null, null, null, null, CatalogueSort.NAME, seed);
        assertEquals(
                0, catalogue.page(everything, 5000, 10).first(), "past the end: the first page");
    }
}
