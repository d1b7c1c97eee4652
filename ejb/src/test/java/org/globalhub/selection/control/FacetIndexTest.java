package org.globalhub.selection.control;

import static org.globalhub.selection.control.MatchScorerTest.facts;
import static org.globalhub.selection.control.MatchScorerTest.tool;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
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
}
