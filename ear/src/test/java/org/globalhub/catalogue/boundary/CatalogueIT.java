package org.globalhub.catalogue.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.globalhub.As;
import org.globalhub.HubDeployment;
import org.globalhub.catalogue.control.CatalogueQuery;
import org.globalhub.catalogue.control.CatalogueSort;
import org.globalhub.catalogue.control.NeutralOrder;
import org.globalhub.catalogue.entity.InvestigationPhase;
import org.globalhub.catalogue.entity.Purpose;
import org.globalhub.catalogue.entity.QuestionnaireKind;
import org.globalhub.catalogue.entity.ToolStatus;
import org.globalhub.catalogue.entity.UnRegion;
import org.globalhub.platform.SchemaMigration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The catalogue in the real server: EclipseLink, migrations, neutral order, search and security.
 */
@ExtendWith(ArquillianExtension.class)
class CatalogueIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return HubDeployment.withTests();
    }

    @EJB CatalogueProbe probe;
    @EJB CatalogueService catalogue;
    @EJB org.globalhub.selection.boundary.SelectionService selection;
    @EJB SchemaMigration migration;
    @EJB ToolCurationService curation;

    private static String token() {
        return "it" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    private org.globalhub.selection.boundary.CataloguePage search(
            String text, long seed, int first, int size) {
        CatalogueQuery query =
                new CatalogueQuery(text, null, null, null, null, null, CatalogueSort.NEUTRAL, seed);
        return As.agent(() -> selection.browse(query, first, size));
    }

    @Test
    void curatorsPageSearchAndFilterTheToolListInTheDatabase() {
        String token = token();
        for (int i = 0; i < ToolCurationService.PAGE_SIZE + 2; i++) {
            probe.createTool(token + " " + i, UnRegion.AFRICA, Purpose.MEDIA_TRIAGE, i % 2 == 0);
        }
        var first = As.curator(() -> curation.tools(token.toUpperCase(), null, 1));
        assertEquals(ToolCurationService.PAGE_SIZE + 2, first.total(), "name search, any case");
        assertEquals(ToolCurationService.PAGE_SIZE, first.items().size());
        assertEquals(2, first.pageCount());
        var second = As.curator(() -> curation.tools(token, null, 2));
        assertEquals(2, second.items().size());
        assertTrue(
                first.items().stream().noneMatch(second.items()::contains), "pages do not overlap");
        assertEquals(
                2,
                As.curator(() -> curation.tools(token, null, 99)).pageNumber(),
                "past the end: the last page");
        var drafts = As.curator(() -> curation.tools(token, ToolStatus.DRAFT, 1));
        assertEquals((ToolCurationService.PAGE_SIZE + 2) / 2, drafts.total());
        assertTrue(drafts.items().stream().allMatch(t -> t.getStatus() == ToolStatus.DRAFT));
        assertEquals(
                1,
                As.curator(() -> curation.tools(token + " 1 provider", null, 1)).total(),
                "the provider's name is searched too");
        assertEquals(
                0,
                As.curator(() -> curation.tools(token.substring(0, 4) + "%", null, 1)).total(),
                "% is a character, not a wildcard");
        assertTrue(
                As.curator(() -> curation.tools(null, null, 1)).total()
                        >= ToolCurationService.PAGE_SIZE + 2,
                "no search: every tool");
        assertThrows(EJBAccessException.class, () -> As.agent(() -> curation.tools("", null, 1)));
    }

    @Test
    void aCataloguePageCostsAtMostOneStatementOnceTheIndexIsBuilt() {
        CatalogueQuery everything =
                new CatalogueQuery(null, null, null, null, null, null, CatalogueSort.NEUTRAL, 7);
        As.agent(() -> selection.browse(everything, 0, 10)); // builds the index if it changed
        int statements =
                As.agent(
                        () -> {
                            org.globalhub.platform.SqlStatementCounter.reset();
                            var page = selection.browse(everything, 10, 10);
                            assertTrue(page.tools().size() > 1, "a page with several tools");
                            return org.globalhub.platform.SqlStatementCounter.count();
                        });
        // At most the catalogue's revision (asked once a second, and on every page for a while
        // after
        // this server wrote); tools, providers, labels and ratings come from the index.
        assertTrue(statements <= 1, statements + " statements for one catalogue page");
    }

    @Test
    void theListFiltersByPhaseSearchesAnyCaseAndSortsByNameOrNewest() throws InterruptedException {
        String token = token();
        long first =
                probe.createTool(token + " Beta", UnRegion.AFRICA, Purpose.OSINT_DARK_WEB, true);
        Thread.sleep(5); // created later: newest first
        long second =
                probe.createTool(token + " alpha", UnRegion.AFRICA, Purpose.OSINT_DARK_WEB, true);
        assertEquals(
                List.of(second, first),
                ids(
                        new CatalogueQuery(
                                token.toUpperCase(),
                                null,
                                null,
                                null,
                                null,
                                null,
                                CatalogueSort.NAME,
                                1)),
                "any case; by name ignoring case");
        assertEquals(
                List.of(second, first),
                ids(
                        new CatalogueQuery(
                                token, null, null, null, null, null, CatalogueSort.NEWEST, 1)),
                "newest first");
        InvestigationPhase phase = InvestigationPhase.DETECTION; // the probe's tools' one phase
        assertEquals(
                2,
                ids(new CatalogueQuery(token, null, null, phase, null, null, CatalogueSort.NAME, 1))
                        .size());
        InvestigationPhase other =
                java.util.Arrays.stream(InvestigationPhase.values())
                        .filter(p -> p != phase)
                        .findFirst()
                        .orElseThrow();
        assertEquals(
                List.of(),
                ids(
                        new CatalogueQuery(
                                token, null, null, other, null, null, CatalogueSort.NAME, 1)),
                "a phase the tools do not have");
    }

    private List<Long> ids(CatalogueQuery query) {
        return As.agent(() -> selection.browse(query, 0, 50)).tools().stream()
                .map(t -> t.id())
                .toList();
    }

    @Test
    void eclipseLinkNotHibernateServesThePersistenceUnit() {
        String implementation = probe.entityManagerImplementation();
        assertTrue(implementation.startsWith("org.eclipse.persistence."), implementation);
    }

    @Test
    void migrationsBuiltTheSchemaWithBothQuestionnaires() {
        assertEquals("30", migration.schemaVersion(), "raise with every new migration");
        var questions = As.agent(() -> catalogue.questions());
        assertEquals(
                22,
                questions.stream()
                        .filter(q -> q.getQuestionnaire() == QuestionnaireKind.TECHNICAL)
                        .count());
        assertEquals(
                16,
                questions.stream()
                        .filter(q -> q.getQuestionnaire() == QuestionnaireKind.ETHICS)
                        .count());
    }

    @Test
    void neutralOrderIsStableWhilePagingAndDiffersBetweenVisitors() {
        String token = token();
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            ids.add(
                    probe.createTool(
                            token + " tool " + i, UnRegion.AFRICA, Purpose.HASH_MATCHING, true));
        }
        long seed = 4242;
        List<Long> paged = new ArrayList<>();
        for (int first = 0; first < 12; first += 5) {
            search(token, seed, first, 5).tools().forEach(t -> paged.add(t.id()));
        }
        List<Long> whole = search(token, seed, 0, 50).tools().stream().map(t -> t.id()).toList();
        assertEquals(
                whole,
                paged,
                "pages of one visitor join up to the same order, no repeats, no gaps");
        assertEquals(12, whole.size());

        NeutralOrder order = NeutralOrder.forSeed(seed);
        List<Long> expected =
                ids.stream()
                        .sorted(
                                Comparator.comparingLong(
                                                (Long id) -> order.rank(probe.shuffleKeyOf(id)))
                                        .thenComparing(id -> id))
                        .toList();
        assertEquals(expected, whole, "the list sorts exactly as NeutralOrder ranks, ties by id");

        List<Long> otherVisitor =
                search(token, seed + 1, 0, 50).tools().stream().map(t -> t.id()).toList();
        assertNotEquals(whole, otherVisitor);
    }

    @Test
    void searchMatchesTextLiterallyAndFiltersByLabelAndRegion() {
        String token = token();
        long ageTool =
                probe.createTool(
                        token + " Ages", UnRegion.ASIA_PACIFIC, Purpose.AGE_ESTIMATION, true);
        probe.createTool(token + " Hashes", UnRegion.AFRICA, Purpose.HASH_MATCHING, true);
        probe.createTool(token + " Draft", UnRegion.AFRICA, Purpose.AGE_ESTIMATION, false);

        assertEquals(2, search(token, 1, 0, 20).total(), "drafts are not in the catalogue");
        assertEquals(0, search(token + "%", 1, 0, 20).total(), "% is a character, not a wildcard");

        CatalogueQuery byPurpose =
                new CatalogueQuery(
                        token,
                        Purpose.AGE_ESTIMATION,
                        null,
                        null,
                        null,
                        null,
                        CatalogueSort.NAME,
                        1);
        var page = As.agent(() -> selection.browse(byPurpose, 0, 20));
        assertEquals(List.of(ageTool), page.tools().stream().map(t -> t.id()).toList());

        CatalogueQuery byRegion =
                new CatalogueQuery(
                        token, null, null, null, UnRegion.AFRICA, "es", CatalogueSort.NAME, 1);
        assertEquals(1, As.agent(() -> selection.browse(byRegion, 0, 20)).total());
    }

    @Test
    void lifecycleIsCuratorsWorkAndRemovalLeavesOnlyThePublicNotice() {
        String token = token();
        long id = probe.createTool(token, UnRegion.EASTERN_EUROPE, Purpose.OSINT_DARK_WEB, false);
        assertThrows(
                ToolNotFoundException.class,
                () -> As.agent(() -> catalogue.profile(id)),
                "agents never see drafts");
        assertThrows(EJBAccessException.class, () -> As.agent(() -> curation.publish(id)));

        As.curator(() -> curation.publish(id));
        assertEquals(1, search(token, 7, 0, 10).total());

        As.curator(() -> curation.remove(id, "Training data was not lawfully obtained."));
        assertEquals(0, search(token, 7, 0, 10).total(), "a removed tool leaves the catalogue");
        ToolProfile notice = As.agent(() -> catalogue.profile(id));
        assertFalse(notice.contentVisible());
        assertEquals(ToolStatus.REMOVED, notice.tool().getStatus());
        assertEquals("Training data was not lawfully obtained.", notice.tool().getStatusReason());

        var history = As.curator(() -> curation.history(id));
        assertEquals(
                List.of("notice.toolRemoved", "tool.removed", "tool.published"),
                history.stream().map(h -> h.getAction()).toList());
        assertTrue(
                history.stream().allMatch(h -> h.getActor().equals("curator")),
                "who acted comes from the login");
    }
}
