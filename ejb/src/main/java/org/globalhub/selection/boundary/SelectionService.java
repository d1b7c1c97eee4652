package org.globalhub.selection.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.globalhub.catalogue.control.CatalogueQuery;
import org.globalhub.catalogue.control.NeutralOrder;
import org.globalhub.catalogue.entity.Question;
import org.globalhub.identity.Roles;
import org.globalhub.platform.InvalidInputException;
import org.globalhub.platform.NotFoundException;
import org.globalhub.platform.Paged;
import org.globalhub.platform.Texts;
import org.globalhub.selection.control.FacetIndex;
import org.globalhub.selection.control.FacetSelection;
import org.globalhub.selection.control.GuidedAnswers;
import org.globalhub.selection.control.Shortlist;
import org.globalhub.selection.control.ShortlistSort;
import org.globalhub.selection.control.ToolFacts;
import org.globalhub.selection.entity.FavouriteTool;
import org.globalhub.selection.entity.SavedSelection;
import org.globalhub.selection.entity.SelectionKind;

/**
 * The tool finder for agents: facets with counts, the guided shortlist, side-by-side comparison,
 * and each agent's saved searches, shortlists and favourite tools. Results come from the in-memory
 * index ({@link FactsCache}); {@code visitorSeed} gives each visitor their own neutral order for
 * ties.
 */
@Stateless
@RolesAllowed({Roles.AGENT, Roles.CURATOR, Roles.ADMINISTRATOR})
public class SelectionService {

    public static final int MAX_COMPARED = 4;
    @Inject Clock clock;

    @EJB FactsCache cache;

    @PersistenceContext EntityManager em;

    @Resource SessionContext context;

    @TransactionAttribute(TransactionAttributeType.SUPPORTS) // reads the index only
    public FinderPage find(
            FacetSelection selection, ShortlistSort sort, long visitorSeed, int first, int size) {
        FacetIndex.FacetResult result = cache.index().query(selection);
        List<ToolFacts> sorted =
                result.tools().stream()
                        .sorted(sort.toolComparator(NeutralOrder.forSeed(visitorSeed)))
                        .toList();
        int pageSize = Paged.clampSize(size);
        int start =
                Math.max(0, Math.min(first, Math.max(0, sorted.size() - 1) / pageSize * pageSize));
        return new FinderPage(
                selection,
                result.counts(),
                sorted.subList(start, Math.min(sorted.size(), start + pageSize)),
                sorted.size(),
                start,
                pageSize);
    }

    /**
     * The catalogue's list: the published tools that match the visitor's text and filters, in the
     * chosen order, a page at a time. Served from the in-memory index like the finder: one small
     * query (the catalogue's revision) per page, whatever the catalogue's size. The default order
     * is the visitor's own neutral shuffle ({@link NeutralOrder}), ties by id; a page past the end
     * gives the first.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS) // reads the index only
    public CataloguePage browse(CatalogueQuery query, int first, int size) {
        FactsCache.Snapshot snapshot = cache.snapshot();
        int pageSize = Paged.clampSize(size);
        FacetIndex.Page page = snapshot.index().page(query, first, pageSize);
        return new CataloguePage(
                page.tools(), page.total(), page.first(), pageSize, snapshot.revision());
    }

    /** The same answers always give the same shortlist (for one visitor, the same order too). */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS) // reads the index only
    public Shortlist shortlist(GuidedAnswers answers, ShortlistSort sort, long visitorSeed) {
        return Shortlist.of(
                cache.index().tools(), answers, sort, NeutralOrder.forSeed(visitorSeed));
    }

    /**
     * Up to four published tools side by side, in the order asked; unknown or unpublished ids are
     * left out.
     */
    public Comparison compare(List<Long> toolIds) {
        FacetIndex index = cache.index();
        List<ToolFacts> tools = new ArrayList<>();
        for (Long id : new LinkedHashSet<>(toolIds)) {
            ToolFacts tool = id == null ? null : index.find(id);
            if (tool != null && tools.size() < MAX_COMPARED) {
                tools.add(tool);
            }
        }
        Map<Long, Map<String, String>> answers = new HashMap<>();
        if (!tools.isEmpty()) {
            for (Object[] row :
                    em.createQuery(
                                    "SELECT a.tool.id, a.question.id, a.text FROM Answer a WHERE a.tool.id IN :ids",
                                    Object[].class)
                            .setParameter("ids", tools.stream().map(ToolFacts::id).toList())
                            .getResultList()) {
                answers.computeIfAbsent((Long) row[0], id -> new HashMap<>())
                        .put((String) row[1], (String) row[2]);
            }
        }
        List<Comparison.Row> rows = new ArrayList<>();
        for (Question question :
                em.createNamedQuery("Question.findAll", Question.class).getResultList()) {
            List<String> cells = new ArrayList<>();
            for (ToolFacts tool : tools) {
                cells.add(answers.getOrDefault(tool.id(), Map.of()).get(question.getId()));
            }
            rows.add(new Comparison.Row(question, cells));
        }
        return new Comparison(List.copyOf(tools), rows);
    }

    public long save(String name, SelectionKind kind, String query) {
        String clean = Texts.clean(name, "selection.name", true, 100);
        if (kind == null || query == null || query.length() > 2000) {
            throw new InvalidInputException("selection.cannotSave");
        }
        List<SavedSelection> mine = mySelections();
        if (mine.size() >= SavedSelection.MAX_PER_AGENT) {
            throw new InvalidInputException("selection.tooMany", SavedSelection.MAX_PER_AGENT);
        }
        SavedSelection saved = new SavedSelection(caller(), clean, kind, query, Instant.now(clock));
        em.persist(saved);
        return saved.getId();
    }

    public List<SavedSelection> mySelections() {
        return em.createNamedQuery("SavedSelection.findByOwner", SavedSelection.class)
                .setParameter("owner", caller())
                .getResultList();
    }

    public void deleteSelection(long id) {
        SavedSelection saved = em.find(SavedSelection.class, id);
        if (saved == null || !saved.getOwner().equals(caller())) {
            throw new NotFoundException("error.notFound", id);
        }
        em.remove(saved);
    }

    /** Marks or unmarks a published tool as a favourite; returns whether it is one now. */
    public boolean toggleFavourite(long toolId) {
        if (cache.index().find(toolId) == null) {
            throw new NotFoundException("error.toolNotFound", toolId);
        }
        List<FavouriteTool> found =
                em.createNamedQuery("FavouriteTool.find", FavouriteTool.class)
                        .setParameter("owner", caller())
                        .setParameter("toolId", toolId)
                        .getResultList();
        if (found.isEmpty()) {
            em.persist(new FavouriteTool(caller(), toolId, Instant.now(clock)));
            return true;
        }
        em.remove(found.get(0));
        return false;
    }

    public boolean isFavourite(long toolId) {
        return !em.createNamedQuery("FavouriteTool.find", FavouriteTool.class)
                .setParameter("owner", caller())
                .setParameter("toolId", toolId)
                .getResultList()
                .isEmpty();
    }

    /** The caller's favourite tools that are still published, newest first. */
    public List<ToolFacts> myFavourites() {
        FacetIndex index = cache.index();
        return em
                .createNamedQuery("FavouriteTool.findByOwner", FavouriteTool.class)
                .setParameter("owner", caller())
                .getResultList()
                .stream()
                .map(f -> index.find(f.getToolId()))
                .filter(java.util.Objects::nonNull)
                .toList();
    }

    private String caller() {
        return context.getCallerPrincipal().getName();
    }
}
