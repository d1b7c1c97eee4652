package org.globalhub.web.admin;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.globalhub.batch.questionnaireimport.ImportJobService;
import org.globalhub.batch.questionnaireimport.ImportRunView;
import org.globalhub.batch.questionnaireimport.QuestionnaireTemplate;
import org.globalhub.catalogue.boundary.CatalogueService;
import org.globalhub.catalogue.control.ImportRowValidator;
import org.globalhub.catalogue.entity.ImportProblem;
import org.globalhub.catalogue.entity.Question;
import org.globalhub.platform.ListPage;
import org.globalhub.platform.SafeCells;
import org.globalhub.web.chart.BarChart;
import org.globalhub.web.chart.BarChart.Bar;
import org.globalhub.web.chart.Charts;
import org.globalhub.web.shell.Downloads;
import org.globalhub.web.shell.Formats;
import org.globalhub.web.shell.Messages;

/**
 * The questionnaire import page ({@code /admin/imports.xhtml}): upload, runs, problem reports,
 * templates.
 */
@Named
@RequestScoped
public class ImportsBacking {

    private static final String SELF = "/admin/imports?faces-redirect=true";

    @EJB ImportJobService jobs;
    @EJB CatalogueService catalogue;
    @Inject Formats formats;
    @Inject java.time.Clock clock;

    private Part file;
    private boolean publish;
    private String refused;
    private ListPage<ImportRunView> runs;
    private ListPage<ImportRunView> latest;
    private Integer page;

    /**
     * The page's view action: an upload refused before it reached the page ({@link UploadLimit})
     * comes back with its reason.
     */
    public void showRefusal() {
        if ("tooBig".equals(refused)) {
            Messages.error(new org.globalhub.platform.InvalidInputException("import.tooBig"));
        }
    }

    public String getRefused() {
        return refused;
    }

    public void setRefused(String refused) {
        this.refused = refused;
    }

    /** This page of the runs (the address's {@code page}). */
    public ListPage<ImportRunView> getRunsPage() {
        if (runs == null) {
            runs = jobs.runs(page == null ? 1 : page);
        }
        return runs;
    }

    public List<ImportRunView> getRuns() {
        return getRunsPage().items();
    }

    /**
     * The first page, whichever page is shown: the chart and the live refresh follow the newest.
     */
    private List<ImportRunView> latest() {
        if (latest == null) {
            latest = page == null || page <= 1 ? getRunsPage() : jobs.runs(1);
        }
        return latest.items();
    }

    public Integer getPage() {
        return page;
    }

    public void setPage(Integer page) {
        this.page = page;
    }

    /** How many of a run's problems the page shows (the download has every one). */
    static final int PROBLEMS_SHOWN = 100;

    /** A run's first problems, readable in the page, each with its translated message. */
    public List<ShownProblem> problems(long executionId) {
        return jobs.problems(executionId, PROBLEMS_SHOWN).stream()
                .filter(p -> p.getLineNumber() > 0)
                .map(
                        p ->
                                new ShownProblem(
                                        p.getLineNumber(),
                                        p.getField() == null ? "" : p.getField(),
                                        p.getValue() == null ? "" : p.getValue(),
                                        message(p)))
                .toList();
    }

    /** One problem of an import as the page lists it. */
    public record ShownProblem(long row, String field, String value, String message) {}

    private static String message(ImportProblem p) {
        return Messages.text(
                p.getMessageKey(), p.getMessageArgument() == null ? "" : p.getMessageArgument());
    }

    /** A run's speed so far (rows handled per second), as the page's clock sees it. */
    public long rowsPerSecond(ImportRunView run) {
        return run.rowsPerSecond(java.time.Instant.now(clock));
    }

    /** Rows written by the latest runs (up to twelve), oldest first: the imports over time. */
    public BarChart getRunsChart() {
        List<ImportRunView> latest = latest().stream().limit(12).toList();
        List<Bar> bars = new java.util.ArrayList<>();
        for (int i = latest.size() - 1; i >= 0; i--) {
            ImportRunView run = latest.get(i);
            bars.add(
                    new Bar(
                            Messages.text(
                                    "imports.chart.run",
                                    run.executionId(),
                                    formats.date(
                                            run.start() == null ? null : run.start().toInstant(),
                                            FacesContext.getCurrentInstance()
                                                    .getViewRoot()
                                                    .getLocale())),
                            run.written()));
        }
        return Charts.bars("importsChart", "imports.chart", bars);
    }

    /** Whether the page keeps refreshing itself (live progress). */
    public boolean isAnyRunning() {
        return latest().stream().anyMatch(ImportRunView::running);
    }

    public List<Question> getQuestions() {
        return catalogue.questions();
    }

    public List<String> getColumns() {
        return ImportRowValidator.COLUMNS;
    }

    public String start() {
        return Messages.attempt(
                () -> {
                    if (file == null) {
                        jobs.start(null, (java.io.InputStream) null, publish);
                        return;
                    }
                    try (java.io.InputStream content = file.getInputStream()) {
                        jobs.start(file.getSubmittedFileName(), content, publish);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                },
                "imports.started",
                SELF);
    }

    public String stop(long executionId) {
        return Messages.attempt(() -> jobs.stop(executionId), "imports.stopped", SELF);
    }

    public String restart(long executionId) {
        return Messages.attempt(() -> jobs.restart(executionId), "imports.restarted", SELF);
    }

    /**
     * The run's problems as CSV; cells that a spreadsheet would run as formulas are made plain
     * text.
     */
    public void downloadProblems(long executionId) {
        List<ImportProblem> problems = jobs.problems(executionId);
        StringBuilder csv =
                new StringBuilder("\uFEFF")
                        .append(SafeCells.csvLine(List.of("row", "field", "value", "message")));
        for (ImportProblem p : problems) {
            csv.append(
                    SafeCells.csvLine(
                            List.of(
                                    String.valueOf(p.getLineNumber()),
                                    p.getField() == null ? "" : p.getField(),
                                    p.getValue() == null ? "" : p.getValue(),
                                    message(p))));
        }
        Downloads.send("import-" + executionId + "-problems.csv", "text/csv", csv.toString());
    }

    /**
     * An empty file with every column, and one example row, in the chosen format (csv, json or
     * xlsx).
     */
    public void downloadTemplate(String format) {
        List<String> columns = new ImportRowValidator(catalogue.questions()).allColumns();
        switch (format == null ? "" : format) {
            case "json" ->
                    Downloads.send(
                            "questionnaire-template.json",
                            "application/json; charset=UTF-8",
                            QuestionnaireTemplate.json(columns));
            case "xlsx" ->
                    Downloads.send(
                            "questionnaire-template.xlsx",
                            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                            QuestionnaireTemplate.xlsx(columns));
            default ->
                    Downloads.send(
                            "questionnaire-template.csv",
                            "text/csv; charset=UTF-8",
                            QuestionnaireTemplate.csv(columns));
        }
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public boolean isPublish() {
        return publish;
    }

    public void setPublish(boolean publish) {
        this.publish = publish;
    }
}
