package org.globalhub.batch.questionnaireimport;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads the uploaded file's rows; the checkpoint is the number of rows already handed on. A file
 * that cannot be read is reported (row 0, translated reason) and fails the run before any row is
 * written.
 */
@Named
@Dependent // bean-defining: the batch module discovers annotated beans only
public class QuestionnaireImportReader extends AbstractItemReader {

    @Inject @BatchProperty String file;

    @Inject JobContext job;

    @EJB ImportJobGateway gateway;

    private List<QuestionnaireFile.Row> rows;
    private int next;

    @Override
    public void open(Serializable checkpoint) {
        try {
            rows = QuestionnaireFile.read(Path.of(file));
        } catch (QuestionnaireFile.UnreadableFileException e) {
            gateway.recordFileProblem(job.getExecutionId(), e.messageKey(), e.argument());
            throw e;
        }
        next = checkpoint == null ? 0 : (Integer) checkpoint;
    }

    @Override
    public Object readItem() {
        return next < rows.size() ? rows.get(next++) : null;
    }

    @Override
    public Serializable checkpointInfo() {
        return next;
    }
}
