package org.globalhub.batch.questionnaireimport;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.JobInstance;
import jakarta.batch.runtime.Metric;
import jakarta.batch.runtime.StepExecution;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.globalhub.catalogue.boundary.QuestionnaireImportService;
import org.globalhub.catalogue.entity.ImportProblem;
import org.globalhub.catalogue.entity.ImportRun;
import org.globalhub.identity.Roles;
import org.globalhub.identity.boundary.AccountService;
import org.globalhub.platform.InvalidInputException;
import org.globalhub.platform.ListPage;
import org.globalhub.platform.upload.Uploads;

/**
 * Administrators' control of the questionnaire import: upload and start, runs with their figures,
 * stop and restart, the problem report. The one place that starts the job from the Hub (the CLI is
 * the other).
 */
@Stateless
@RolesAllowed(Roles.ADMINISTRATOR)
public class ImportJobService {

    public static final String JOB = "questionnaire-import";

    @EJB QuestionnaireImportService imports;

    @EJB AccountService accounts;

    @Inject Uploads uploads;

    @Resource SessionContext context;

    /**
     * Starts a run on a file given whole (tests, small files); see {@link #start(String,
     * InputStream, boolean)}.
     */
    public long start(String fileName, byte[] content, boolean publish) {
        return start(
                fileName,
                new ByteArrayInputStream(content == null ? new byte[0] : content),
                publish);
    }

    /**
     * Keeps the upload in the database (streamed in chunks: memory stays bounded) and starts a run
     * on it; returns its execution id. A file of the wrong kind, empty or over {@link
     * QuestionnaireFile#MAX_BYTES} is refused and nothing is kept.
     */
    public long start(String fileName, InputStream content, boolean publish) {
        String name =
                fileName == null
                        ? ""
                        : fileName.substring(
                                Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\'))
                                        + 1);
        String lower = name.toLowerCase(Locale.ROOT);
        String suffix = lower.substring(Math.max(0, lower.lastIndexOf('.')));
        if (!List.of(".csv", ".json", ".xlsx").contains(suffix)) {
            throw new InvalidInputException("import.format");
        }
        if (content == null) {
            throw new InvalidInputException("import.empty");
        }
        String kept = name.length() > 255 ? name.substring(name.length() - 255) : name;
        String upload =
                uploads.store(
                        kept,
                        "questionnaire-import",
                        content,
                        QuestionnaireFile.MAX_BYTES,
                        "import.tooBig",
                        "import.empty");
        Properties parameters = new Properties();
        parameters.setProperty("upload", upload);
        parameters.setProperty("publish", String.valueOf(publish));
        String caller = context.getCallerPrincipal().getName();
        // The job repository keeps its parameters for ever: it gets "account-<id>", never the
        // address.
        parameters.setProperty("startedBy", accounts.callerJobAlias());
        long execution = operator().start(JOB, parameters);
        imports.recordRun(
                execution, name.length() > 255 ? name.substring(0, 255) : name, publish, caller);
        return execution;
    }

    /** How many imports (job instances, each with its restarts) a page of runs shows. */
    public static final int RUNS_PAGE_SIZE = 20;

    /**
     * One page of the import runs, newest first, paged in the job repository: an import and its
     * restarts are one job instance, so they stay on the same page. Runs started from WildFly's CLI
     * are listed too.
     */
    public ListPage<ImportRunView> runs(int page) {
        JobOperator operator = operator();
        if (!operator.getJobNames().contains(JOB)) {
            return ListPage.of(0, page, RUNS_PAGE_SIZE, (first, size) -> List.of());
        }
        return ListPage.of(
                operator.getJobInstanceCount(JOB),
                page,
                RUNS_PAGE_SIZE,
                (first, size) -> {
                    List<ImportRunView> runs = new ArrayList<>();
                    for (JobInstance instance : operator.getJobInstances(JOB, first, size)) {
                        for (JobExecution execution : operator.getJobExecutions(instance)) {
                            runs.add(view(operator, execution));
                        }
                    }
                    runs.sort((a, b) -> Long.compare(b.executionId(), a.executionId()));
                    return runs;
                });
    }

    public ImportRunView run(long executionId) {
        JobOperator operator = operator();
        return view(operator, operator.getJobExecution(executionId));
    }

    private ImportRunView view(JobOperator operator, JobExecution execution) {
        long read = 0;
        long written = 0;
        long skipped = 0;
        long total = 0;
        for (StepExecution step : operator.getStepExecutions(execution.getExecutionId())) {
            if (step.getPersistentUserData() instanceof Long rows) {
                total = rows;
            }
            for (Metric metric : step.getMetrics()) {
                switch (metric.getType()) {
                    case READ_COUNT -> read += metric.getValue();
                    case WRITE_COUNT -> written += metric.getValue();
                    case PROCESS_SKIP_COUNT, READ_SKIP_COUNT, WRITE_SKIP_COUNT ->
                            skipped += metric.getValue();
                    default -> {}
                }
            }
        }
        ImportRun run = imports.run(execution.getExecutionId());
        BatchStatus status = execution.getBatchStatus();
        ImportProblem fileProblem =
                status != BatchStatus.FAILED
                        ? null
                        : imports.problems(execution.getExecutionId()).stream()
                                .filter(p -> p.getLineNumber() == 0)
                                .findFirst()
                                .orElse(null);
        Properties parameters =
                run == null ? operator.getParameters(execution.getExecutionId()) : null;
        return new ImportRunView(
                execution.getExecutionId(),
                run != null ? run.getFileName() : cliFileName(parameters),
                run != null ? run.getStartedBy() : "console:" + parameter(parameters, "startedBy"),
                run != null
                        ? run.isPublish()
                        : Boolean.parseBoolean(parameter(parameters, "publish")),
                status.name(),
                execution.getExitStatus(),
                execution.getStartTime(),
                execution.getEndTime(),
                read,
                written,
                skipped,
                status == BatchStatus.STOPPED
                        || status == BatchStatus.FAILED
                        || interrupted(execution),
                (status == BatchStatus.STARTING || status == BatchStatus.STARTED)
                        && !interrupted(execution),
                fileProblem == null ? null : fileProblem.getMessageKey(),
                fileProblem == null ? null : fileProblem.getMessageArgument(),
                total);
    }

    /**
     * A run started from WildFly's CLI has no record of the Hub's: its file and who started it come
     * from its job parameters (the server's path shows as its file name only).
     */
    private static String cliFileName(Properties parameters) {
        String path = parameter(parameters, "file");
        return path.substring(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
    }

    private static String parameter(Properties parameters, String name) {
        String value = parameters == null ? null : parameters.getProperty(name);
        return value == null || value.isBlank() ? "-" : value;
    }

    /**
     * A run that still says STARTED but was created before this server started was cut off by a
     * crash or a kill: it is restartable (JBeret's default restart mode detects that it no longer
     * runs). One server node assumed: in a cluster another node could still be running it.
     */
    static boolean interrupted(JobExecution execution) {
        BatchStatus status = execution.getBatchStatus();
        return (status == BatchStatus.STARTING || status == BatchStatus.STARTED)
                && execution.getCreateTime() != null
                && execution.getCreateTime().getTime()
                        < ManagementFactory.getRuntimeMXBean().getStartTime();
    }

    public void stop(long executionId) {
        operator().stop(executionId);
    }

    /**
     * Restarts a stopped or failed run where its last checkpoint left it; returns the new execution
     * id.
     */
    public long restart(long executionId) {
        ImportRun run = imports.run(executionId);
        long next = operator().restart(executionId, operator().getParameters(executionId));
        if (run != null) {
            imports.recordRun(
                    next,
                    run.getFileName(),
                    run.isPublish(),
                    context.getCallerPrincipal().getName());
        }
        return next;
    }

    /** The run's first {@code max} problems (the import page shows them, the download has all). */
    public List<ImportProblem> problems(long executionId, int max) {
        return imports.problems(executionId, max);
    }

    public List<ImportProblem> problems(long executionId) {
        return imports.problems(executionId);
    }

    private static JobOperator operator() {
        return BatchRuntime.getJobOperator();
    }
}
