package org.globalhub.batch.questionnaireimport;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads the file's rows in two passes, one row in memory at a time: the first goes through the
 * whole file, so that a file that cannot be read is reported (row 0, translated reason) and fails
 * the run before any row is written; the second hands the rows on. The checkpoint is the number of
 * rows already handed on. The file is an upload kept in the database (job parameter {@code upload},
 * copied to a working file for the run) or, for runs started from the CLI, a file on the server
 * ({@code file}).
 */
@Named
@Dependent // bean-defining: the batch module discovers annotated beans only
public class QuestionnaireImportReader extends AbstractItemReader {

    @Inject @BatchProperty String file;

    @Inject @BatchProperty String upload;

    @Inject JobContext job;

    @Inject StepContext step;

    @EJB ImportJobGateway gateway;

    private Path working;
    private QuestionnaireFile.Rows rows;
    private int next;

    @Override
    public void open(Serializable checkpoint) {
        try {
            Path path = upload == null || upload.isBlank() ? Path.of(file) : workingCopy();
            // the first pass's count is the run's total, kept with the step in the job repository
            // (every server sees it): the import page shows the progress against it
            step.setPersistentUserData(QuestionnaireFile.check(path));
            rows = QuestionnaireFile.open(path);
        } catch (QuestionnaireFile.UnreadableFileException e) {
            gateway.recordFileProblem(job.getExecutionId(), e.messageKey(), e.argument());
            close();
            throw e;
        } catch (RuntimeException e) {
            close(); // no working copy left behind
            throw e;
        }
        int handedOn = checkpoint == null ? 0 : (Integer) checkpoint;
        for (int i = 0; i < handedOn && rows.hasNext(); i++) {
            rows.next();
        }
        next = handedOn;
    }

    private Path workingCopy() {
        String name = gateway.uploadName(upload);
        if (name == null) {
            throw new QuestionnaireFile.UnreadableFileException("import.file.gone");
        }
        try {
            working = Files.createTempFile("hub-import-", name.substring(name.lastIndexOf('.')));
        } catch (IOException e) {
            throw new QuestionnaireFile.UnreadableFileException("import.file.unreadable");
        }
        if (!gateway.copyUpload(upload, working)) {
            throw new QuestionnaireFile.UnreadableFileException("import.file.gone");
        }
        return working;
    }

    @Override
    public Object readItem() {
        if (!rows.hasNext()) {
            return null;
        }
        next++;
        return rows.next();
    }

    @Override
    public Serializable checkpointInfo() {
        return next;
    }

    @Override
    public void close() {
        if (rows != null) {
            rows.close();
            rows = null;
        }
        if (working != null) {
            try {
                Files.deleteIfExists(working);
            } catch (IOException e) {
                working.toFile().deleteOnExit();
            }
            working = null;
        }
    }
}
