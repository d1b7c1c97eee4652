package org.globalhub.web.admin;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.Collectors;
import org.globalhub.batch.questionnaireimport.ImportJobService;
import org.globalhub.batch.questionnaireimport.ImportRunView;
import org.globalhub.catalogue.boundary.CatalogueService;
import org.globalhub.catalogue.control.ImportRowValidator;
import org.globalhub.catalogue.entity.ImportProblem;
import org.globalhub.catalogue.entity.Question;
import org.globalhub.web.shell.Downloads;
import org.globalhub.web.shell.Messages;

/** The questionnaire import page ({@code /admin/imports.xhtml}): upload, runs, problem reports, templates. */
@Named
@RequestScoped
public class ImportsBacking {

    private static final String SELF = "/admin/imports?faces-redirect=true";

    @EJB
    ImportJobService jobs;
    @EJB
    CatalogueService catalogue;

    private Part file;
    private boolean publish;
    private List<ImportRunView> runs;

    public List<ImportRunView> getRuns() {
        if (runs == null) {
            runs = jobs.runs();
        }
        return runs;
    }

    public List<Question> getQuestions() {
        return catalogue.questions();
    }

    public List<String> getColumns() {
        return ImportRowValidator.COLUMNS;
    }

    public String start() {
        return Messages.attempt(() -> {
            try {
                byte[] content = file == null ? null : file.getInputStream().readNBytes((int) Math.min(file.getSize(), 60L * 1024 * 1024));
                jobs.start(file == null ? null : file.getSubmittedFileName(), content, publish);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, "imports.started", SELF);
    }

    public String stop(long executionId) {
        return Messages.attempt(() -> jobs.stop(executionId), "imports.stopped", SELF);
    }

    public String restart(long executionId) {
        return Messages.attempt(() -> jobs.restart(executionId), "imports.restarted", SELF);
    }

    /** The run's problems as CSV; cells that a spreadsheet would run as formulas are made plain text. */
    public void downloadProblems(long executionId) {
        List<ImportProblem> problems = jobs.problems(executionId);
        StringBuilder csv = new StringBuilder("\uFEFFrow,field,value,message\r\n");
        for (ImportProblem p : problems) {
            csv.append(p.getLineNumber()).append(',').append(cell(p.getField())).append(',').append(cell(p.getValue())).append(',')
                    .append(cell(Messages.text(p.getMessageKey(), p.getMessageArgument() == null ? "" : p.getMessageArgument())))
                    .append("\r\n");
        }
        Downloads.send("import-" + executionId + "-problems.csv", "text/csv", csv.toString());
    }

    /** An empty file with every column, and one example row, in the chosen format. */
    public void downloadTemplate(String format) {
        List<String> columns = new ImportRowValidator(catalogue.questions()).allColumns();
        if ("json".equals(format)) {
            String body = columns.stream().map(c -> "    \"" + c + "\": \"" + example(c) + "\"").collect(Collectors.joining(",\n"));
            Downloads.send("questionnaire-template.json", "application/json", "[\n  {\n" + body + "\n  }\n]\n");
        } else {
            Downloads.send("questionnaire-template.csv", "text/csv", "\uFEFF" + String.join(",", columns) + "\r\n"
                    + columns.stream().map(c -> cell(example(c))).collect(Collectors.joining(",")) + "\r\n");
        }
    }

    private static String example(String column) {
        return switch (column) {
            case "tool_key" -> "triage-2";
            case "tool_name" -> "Example Triage";
            case "summary" -> "Sorts seized pictures so that investigators see the relevant ones first.";
            case "provider_name" -> "Example Lab";
            case "provider_type" -> "ACADEMIA";
            case "provider_country" -> "KE";
            case "provider_region" -> "AFRICA";
            case "provider_website" -> "https://lab.example.org";
            case "purposes" -> "MEDIA_TRIAGE|HASH_MATCHING";
            case "technologies" -> "IMAGE|VIDEO";
            case "phases" -> "INVESTIGATION";
            case "interface_languages" -> "en|fr";
            case "analysed_languages" -> "";
            default -> "";
        };
    }

    /** Quotes a CSV cell; a leading = + - @ is made text with an apostrophe so no spreadsheet runs it. */
    static String cell(String value) {
        String text = value == null ? "" : value;
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }

    public Part getFile() { return file; }
    public void setFile(Part file) { this.file = file; }
    public boolean isPublish() { return publish; }
    public void setPublish(boolean publish) { this.publish = publish; }
}
