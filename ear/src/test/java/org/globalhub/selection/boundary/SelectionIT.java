package org.globalhub.selection.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.globalhub.As;
import org.globalhub.HubDeployment;
import org.globalhub.catalogue.boundary.CatalogueProbe;
import org.globalhub.catalogue.boundary.ToolCurationService;
import org.globalhub.catalogue.entity.Purpose;
import org.globalhub.catalogue.entity.UnRegion;
import org.globalhub.platform.NotFoundException;
import org.globalhub.selection.control.Facet;
import org.globalhub.selection.control.FacetSelection;
import org.globalhub.selection.control.GuidedAnswers;
import org.globalhub.selection.control.MatchScorer.Match;
import org.globalhub.selection.control.Shortlist;
import org.globalhub.selection.control.ShortlistSort;
import org.globalhub.selection.control.ToolFacts;
import org.globalhub.selection.entity.SelectionKind;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The tool finder in the real server, over the demo catalogue: determinism, counts, freshness,
 * saved items.
 */
@ExtendWith(ArquillianExtension.class)
class SelectionIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return HubDeployment.withTests();
    }

    @EJB SelectionService selection;
    @EJB CatalogueProbe probe;
    @EJB ToolCurationService curation;
    @PersistenceContext EntityManager em;

    private static final GuidedAnswers ANSWERS =
            new GuidedAnswers(
                    Set.of("GROOMING_TEXT_ANALYSIS", "OSINT_DARK_WEB"),
                    Set.of("TEXT"),
                    Set.of("en", "ar"),
                    "on-premises",
                    Set.of("linux"),
                    null,
                    3);

    private static List<String> fingerprint(Shortlist shortlist) {
        return shortlist.matches().stream()
                .map(m -> m.tool().id() + ":" + m.score() + ":" + m.reasons())
                .toList();
    }

    @Test
    void theSameAnswersAlwaysGiveTheSameShortlist() {
        Shortlist first = As.agent(() -> selection.shortlist(ANSWERS, ShortlistSort.MATCH, 42));
        assertFalse(
                first.matches().isEmpty(), "the demo catalogue has tools for grooming or OSINT");
        assertEquals(
                fingerprint(first),
                fingerprint(As.agent(() -> selection.shortlist(ANSWERS, ShortlistSort.MATCH, 42))));
        GuidedAnswers again =
                GuidedAnswers.parse(
                        Map.of(
                                "task",
                                new String[] {"OSINT_DARK_WEB,GROOMING_TEXT_ANALYSIS"},
                                "data",
                                new String[] {"TEXT"},
                                "lang",
                                new String[] {"ar", "en"},
                                "where",
                                new String[] {"on-premises"},
                                "os",
                                new String[] {"linux"},
                                "skills",
                                new String[] {"3"}));
        assertEquals(ANSWERS, again, "the same answers read back from an address");
        assertEquals(
                fingerprint(first),
                fingerprint(As.curator(() -> selection.shortlist(again, ShortlistSort.MATCH, 42))));
        List<Integer> scores = first.matches().stream().map(Match::score).toList();
        assertEquals(
                scores.stream().sorted(java.util.Comparator.reverseOrder()).toList(),
                scores,
                "best match first");
        assertEquals(
                first.matches().size() + first.excluded(),
                As.agent(() -> selection.find(FacetSelection.none(), ShortlistSort.MATCH, 1, 0, 20))
                        .total(),
                "every published tool is either kept or counted as left out");
    }

    @Test
    void facetCountsAgreeWithTheDatabase() {
        FinderPage page =
                As.agent(
                        () -> selection.find(FacetSelection.none(), ShortlistSort.MATCH, 7, 0, 20));
        for (Purpose purpose : Purpose.values()) {
            long inDatabase =
                    em.createQuery(
                                    "SELECT COUNT(t) FROM Tool t WHERE t.status = org.globalhub.catalogue.entity.ToolStatus.PUBLISHED"
                                            + " AND :p MEMBER OF t.purposes",
                                    Long.class)
                            .setParameter("p", purpose)
                            .getSingleResult();
            assertEquals(
                    inDatabase,
                    (long) page.counts().get(Facet.PURPOSE).get(purpose.name()),
                    purpose.name());
        }
        long onPremises =
                em.createQuery(
                                "SELECT COUNT(a) FROM Answer a WHERE a.question.id = 'tech.deployment' AND a.text LIKE '%on-premises%'"
                                        + " AND a.tool.status = org.globalhub.catalogue.entity.ToolStatus.PUBLISHED",
                                Long.class)
                        .getSingleResult();
        assertEquals(onPremises, (long) page.counts().get(Facet.DEPLOYMENT).get("on-premises"));
        FacetSelection both =
                FacetSelection.of(
                        Map.of(
                                Facet.DEPLOYMENT,
                                Set.of("on-premises"),
                                Facet.PURPOSE,
                                Set.of("MEDIA_TRIAGE")));
        FinderPage narrowed = As.agent(() -> selection.find(both, ShortlistSort.NAME, 7, 0, 100));
        assertTrue(
                narrowed.tools().stream()
                        .allMatch(
                                t ->
                                        t.has(Facet.DEPLOYMENT, "on-premises")
                                                && t.has(Facet.PURPOSE, "MEDIA_TRIAGE")));
        List<String> names = narrowed.tools().stream().map(ToolFacts::name).toList();
        assertEquals(
                names.stream().sorted(String.CASE_INSENSITIVE_ORDER).toList(),
                names,
                "sorted by name");
    }

    @Test
    void aToolLeavesTheFinderTheMomentItIsRemovedAndANewOneAppears() {
        long toolId =
                probe.createTool(
                        "Finder Fresh " + System.nanoTime(),
                        UnRegion.AFRICA,
                        Purpose.AGE_ESTIMATION,
                        true);
        FacetSelection ageEstimation =
                FacetSelection.of(Map.of(Facet.PURPOSE, Set.of("AGE_ESTIMATION")));
        assertTrue(
                As.agent(() -> selection.find(ageEstimation, ShortlistSort.MATCH, 3, 0, 100))
                        .tools()
                        .stream()
                        .anyMatch(t -> t.id() == toolId));
        As.curator(
                () -> {
                    curation.remove(toolId, "Removed in a test: the provider withdrew it.");
                    return null;
                });
        assertTrue(
                As.agent(() -> selection.find(ageEstimation, ShortlistSort.MATCH, 3, 0, 100))
                        .tools()
                        .stream()
                        .noneMatch(t -> t.id() == toolId));
        assertTrue(
                As.agent(() -> selection.compare(List.of(toolId))).tools().isEmpty(),
                "nor can it be compared");
    }

    @Test
    void comparisonShowsUpToFourToolsAndMarksWhereTheyDiffer() {
        List<Long> ids =
                As.agent(() -> selection.find(FacetSelection.none(), ShortlistSort.NAME, 1, 0, 6))
                        .tools()
                        .stream()
                        .map(ToolFacts::id)
                        .toList();
        Comparison comparison = As.agent(() -> selection.compare(ids));
        assertEquals(4, comparison.tools().size(), "at most four");
        assertEquals(38, comparison.rows().size(), "every question of both questionnaires");
        assertTrue(comparison.rows().stream().anyMatch(Comparison.Row::differs));
        assertTrue(comparison.rows().stream().allMatch(r -> r.answers().size() == 4));
    }

    @Test
    void savedItemsAndFavouritesBelongToTheirAgent() {
        long saved =
                As.agent(
                        () ->
                                selection.save(
                                        "Grooming, on premises",
                                        SelectionKind.SHORTLIST,
                                        ANSWERS.toQuery()));
        assertTrue(
                As.agent(() -> selection.mySelections()).stream()
                        .anyMatch(s -> s.getId() == saved));
        assertTrue(
                As.curator(() -> selection.mySelections()).stream()
                        .noneMatch(s -> s.getId() == saved));
        assertThrows(
                NotFoundException.class,
                () ->
                        As.curator(
                                () -> {
                                    selection.deleteSelection(saved);
                                    return null;
                                }));
        long toolId =
                As.agent(() -> selection.find(FacetSelection.none(), ShortlistSort.NAME, 1, 0, 1))
                        .tools()
                        .get(0)
                        .id();
        boolean now = As.agent(() -> selection.toggleFavourite(toolId));
        assertEquals(
                now,
                As.agent(() -> selection.myFavourites()).stream().anyMatch(t -> t.id() == toolId));
        As.agent(() -> selection.toggleFavourite(toolId));
        As.agent(
                () -> {
                    selection.deleteSelection(saved);
                    return null;
                });
        assertTrue(
                As.agent(() -> selection.mySelections()).stream()
                        .noneMatch(s -> s.getId() == saved));
    }
}
