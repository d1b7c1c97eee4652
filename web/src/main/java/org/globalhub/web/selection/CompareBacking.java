package org.globalhub.web.selection;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.globalhub.selection.boundary.Comparison;
import org.globalhub.selection.boundary.SelectionService;
import org.globalhub.selection.control.Facet;
import org.globalhub.selection.control.ToolFacts;
import org.globalhub.web.shell.Messages;

/**
 * Tools side by side ({@code /selection/compare.xhtml?ids=1,2,3}): up to four; their facts and
 * every question of both questionnaires row by row, rows whose answers differ marked. Ids that are
 * not numbers, unknown or not published are left out, and the page says so.
 */
@Named
@RequestScoped
public class CompareBacking {

    /** The facts shown above the questionnaires, in this order. */
    static final List<Facet> FACTS =
            List.of(
                    Facet.PURPOSE,
                    Facet.DATA,
                    Facet.ANALYSED_LANGUAGE,
                    Facet.INTERFACE_LANGUAGE,
                    Facet.DEPLOYMENT,
                    Facet.OS,
                    Facet.COST,
                    Facet.STAGE,
                    Facet.PROVIDER_TYPE,
                    Facet.REGION,
                    Facet.VALIDATION);

    @EJB SelectionService selection;
    @Inject SelectionLabels labels;

    private Comparison comparison;
    private String ids;

    /**
     * The page's view action: the address is read (see the post-construct) before anything renders.
     */
    public void load() {
        // reading happened when the bean was made; nothing more to do
    }

    @PostConstruct
    void read() {
        String carried = QueryStrings.parameter("compareExport:ids");
        String[] raw =
                carried != null
                        ? new String[] {carried}
                        : QueryStrings.request().getOrDefault("ids", new String[0]);
        Set<Long> wanted = new LinkedHashSet<>();
        int asked = 0;
        for (String joined : raw) {
            for (String id : joined == null ? new String[0] : joined.split(",")) {
                if (!id.isBlank()) {
                    asked++;
                    if (id.strip().matches("\\d{1,18}")) {
                        wanted.add(Long.valueOf(id.strip()));
                    }
                }
            }
        }
        comparison = selection.compare(new ArrayList<>(wanted));
        ids =
                String.join(
                        ",", comparison.tools().stream().map(t -> String.valueOf(t.id())).toList());
        if (asked > comparison.tools().size()) {
            Messages.info(
                    "compare.leftOut",
                    asked - comparison.tools().size(),
                    SelectionService.MAX_COMPARED);
        }
    }

    public Comparison getComparison() {
        return comparison;
    }

    /** The questions of one questionnaire section, as the table groups them. */
    public record Group(String section, List<Comparison.Row> rows) {}

    /**
     * Whether the address asks for the rows whose answers differ only ({@code only=differences}).
     */
    public boolean isOnlyDifferences() {
        return "differences".equals(QueryStrings.parameter("only"));
    }

    /** The facts shown: all, or those that differ. */
    public List<Facet> getShownFacts() {
        return FACTS.stream().filter(f -> !isOnlyDifferences() || differs(f)).toList();
    }

    /** The questions by section, in the questionnaires' order: all, or those that differ. */
    public List<Group> getGroups() {
        List<Group> groups = new ArrayList<>();
        for (Comparison.Row row : comparison.rows()) {
            if (isOnlyDifferences() && !row.differs()) {
                continue;
            }
            String section = row.question().getSection();
            if (groups.isEmpty() || !groups.get(groups.size() - 1).section().equals(section)) {
                groups.add(new Group(section, new ArrayList<>()));
            }
            groups.get(groups.size() - 1).rows().add(row);
        }
        return groups;
    }

    /** How many rows (facts and questions) differ between the tools. */
    public long getDifferingRows() {
        return FACTS.stream().filter(this::differs).count()
                + comparison.rows().stream().filter(Comparison.Row::differs).count();
    }

    /** The same comparison with only the differing rows, or with all of them. */
    public String link(boolean onlyDifferences) {
        return "compare.xhtml?ids=" + ids + (onlyDifferences ? "&only=differences" : "");
    }

    public List<Facet> getFacts() {
        return FACTS;
    }

    public boolean differs(Facet facet) {
        return comparison.tools().stream().map(t -> t.get(facet)).distinct().count() > 1;
    }

    public void export(String format) {
        List<String> headers = new ArrayList<>(List.of(Messages.text("compare.col.question")));
        comparison.tools().forEach(t -> headers.add(t.name()));
        List<List<String>> rows = new ArrayList<>();
        for (Facet facet : FACTS) {
            List<String> row = new ArrayList<>(List.of(labels.facet(facet)));
            comparison.tools().forEach(t -> row.add(labels.values(facet, t.get(facet))));
            rows.add(row);
        }
        for (Comparison.Row question : comparison.rows()) {
            List<String> row = new ArrayList<>(List.of(labels.question(question.question())));
            question.answers().forEach(a -> row.add(labels.answer(question.question(), a)));
            rows.add(row);
        }
        SelectionDownloads.send(
                "comparison",
                format,
                new ExportTable(
                        Messages.text("compare.title"),
                        headers,
                        rows,
                        ShortlistBacking.rightToLeft()));
    }

    public String getIds() {
        return ids;
    }

    public void setIds(String ids) {
        this.ids = ids;
    }

    public List<ToolFacts> getTools() {
        return comparison.tools();
    }
}
