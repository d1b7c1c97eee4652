package org.globalhub.selection.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.globalhub.catalogue.control.NeutralOrder;
import org.globalhub.selection.control.MatchScorer.Match;
import org.junit.jupiter.api.Test;

class MatchScorerTest {

    static ToolFacts tool(long id, String name, Map<Facet, Set<String>> values, Integer skill) {
        return new ToolFacts(
                id,
                name,
                "Summary",
                "Provider " + id,
                id * 7919,
                values,
                skill,
                null,
                0,
                null,
                "KE",
                Set.of(),
                java.time.Instant.EPOCH);
    }

    static Map<Facet, Set<String>> facts(Object... pairs) {
        Map<Facet, Set<String>> values = new EnumMap<>(Facet.class);
        for (int i = 0; i < pairs.length; i += 2) {
            values.put((Facet) pairs[i], Set.of(((String) pairs[i + 1]).split(",")));
        }
        return values;
    }

    private static GuidedAnswers answers(
            String tasks,
            String material,
            String languages,
            String where,
            String budget,
            Integer skills) {
        return new GuidedAnswers(
                set(tasks), set(material), set(languages), where, Set.of(), budget, skills);
    }

    private static Set<String> set(String csv) {
        return csv == null ? Set.of() : Set.of(csv.split(","));
    }

    private static List<String> keys(Match match) {
        return match.reasons().stream()
                .map(r -> (r.fits() ? "+" : "-") + r.key() + r.arguments())
                .toList();
    }

    private final ToolFacts arabicChatCloud =
            tool(
                    1,
                    "Chat Guard",
                    facts(
                            Facet.PURPOSE,
                            "GROOMING_TEXT_ANALYSIS",
                            Facet.DATA,
                            "TEXT",
                            Facet.ANALYSED_LANGUAGE,
                            "ar,en",
                            Facet.DEPLOYMENT,
                            "cloud",
                            Facet.COST,
                            "subscription",
                            Facet.VALIDATION,
                            "yes"),
                    2);
    private final ToolFacts englishChatOnPremises =
            tool(
                    2,
                    "Chat Lens",
                    facts(
                            Facet.PURPOSE,
                            "GROOMING_TEXT_ANALYSIS",
                            Facet.DATA,
                            "TEXT",
                            Facet.ANALYSED_LANGUAGE,
                            "en",
                            Facet.DEPLOYMENT,
                            "on-premises",
                            Facet.COST,
                            "free",
                            Facet.VALIDATION,
                            "no"),
                    4);
    private final ToolFacts silentTriage =
            tool(
                    3,
                    "Quiet Triage",
                    facts(Facet.PURPOSE, "MEDIA_TRIAGE", Facet.DATA, "IMAGE,VIDEO"),
                    null);

    @Test
    void aToolThatDoesNoneOfTheTasksIsLeftOutAndSaysWhy() {
        Match match =
                new MatchScorer(answers("GROOMING_TEXT_ANALYSIS", null, null, null, null, null))
                        .match(silentTriage);
        assertTrue(match.excluded());
        assertEquals("exclude.task", match.exclusion().key());
    }

    @Test
    void
            cloudOnlyIsLeftOutWhenTheDataMustStayOnThePremisesButAnUnknownDeploymentIsKeptWithAWarning() {
        MatchScorer onPremises =
                new MatchScorer(answers(null, null, null, "on-premises", null, null));
        assertEquals("exclude.cloudOnly", onPremises.match(arabicChatCloud).exclusion().key());
        assertFalse(onPremises.match(englishChatOnPremises).excluded());
        Match unknown = onPremises.match(silentTriage);
        assertFalse(unknown.excluded());
        assertTrue(keys(unknown).contains("-reason.whereUnknown[]"));
    }

    @Test
    void withoutBudgetOnlyFreeOrOpenSourceToolsStay() {
        MatchScorer free = new MatchScorer(answers(null, null, null, null, "none", null));
        assertEquals("exclude.costs", free.match(arabicChatCloud).exclusion().key());
        assertEquals(List.of("subscription"), free.match(arabicChatCloud).exclusion().arguments());
        assertFalse(free.match(englishChatOnPremises).excluded());
    }

    @Test
    void languagesMaterialSkillsAndValidationScoreWithTheirReasons() {
        MatchScorer scorer =
                new MatchScorer(answers("GROOMING_TEXT_ANALYSIS", "TEXT", "ar", null, null, 2));
        Match arabic = scorer.match(arabicChatCloud);
        Match english = scorer.match(englishChatOnPremises);
        assertEquals(
                List.of(
                        "+reason.task[GROOMING_TEXT_ANALYSIS]",
                        "+reason.material[TEXT]",
                        "+reason.language[ar]",
                        "+reason.skills[2]",
                        "+reason.validated[]"),
                keys(arabic));
        assertEquals(100, arabic.score());
        assertEquals(
                List.of(
                        "+reason.task[GROOMING_TEXT_ANALYSIS]",
                        "+reason.material[TEXT]",
                        "-reason.noLanguage[ar]",
                        "-reason.tooDemanding[4, 2]",
                        "-reason.notValidated[]"),
                keys(english));
        assertTrue(english.score() < arabic.score());
    }

    @Test
    void noAnswersMeansEveryToolStaysAndTiesFollowTheVisitorsNeutralOrderNotTheName() {
        List<ToolFacts> tools = new java.util.ArrayList<>();
        for (long id = 10; id < 16; id++) {
            tools.add(tool(id, "Twin " + id, facts(Facet.PURPOSE, "MEDIA_TRIAGE"), null));
        }
        Shortlist first =
                Shortlist.of(
                        tools, GuidedAnswers.none(), ShortlistSort.MATCH, NeutralOrder.forSeed(1));
        assertEquals(6, first.matches().size());
        assertEquals(0, first.excluded());
        List<Long> order = first.matches().stream().map(m -> m.tool().id()).toList();
        assertEquals(
                order,
                Shortlist.of(
                                tools,
                                GuidedAnswers.none(),
                                ShortlistSort.MATCH,
                                NeutralOrder.forSeed(1))
                        .matches()
                        .stream()
                        .map(m -> m.tool().id())
                        .toList(),
                "the same answers give the same shortlist");
        boolean someOtherVisitorSeesAnotherOrder = false;
        for (long seed = 2; seed < 40 && !someOtherVisitorSeesAnotherOrder; seed++) {
            someOtherVisitorSeesAnotherOrder =
                    !order.equals(
                            Shortlist.of(
                                            tools,
                                            GuidedAnswers.none(),
                                            ShortlistSort.MATCH,
                                            NeutralOrder.forSeed(seed))
                                    .matches()
                                    .stream()
                                    .map(m -> m.tool().id())
                                    .toList());
        }
        assertTrue(
                someOtherVisitorSeesAnotherOrder, "ties are not broken the same way for everyone");
    }

    @Test
    void theShortlistCountsWhatItLeftOutByReason() {
        Shortlist shortlist =
                Shortlist.of(
                        List.of(arabicChatCloud, englishChatOnPremises, silentTriage),
                        answers("GROOMING_TEXT_ANALYSIS", null, null, "air-gapped", null, null),
                        ShortlistSort.NAME,
                        NeutralOrder.forSeed(5));
        assertEquals(Map.of("exclude.notAirGapped", 2, "exclude.task", 1), shortlist.excludedBy());
        assertEquals(3, shortlist.excluded());
        assertTrue(shortlist.matches().isEmpty());
    }
}
