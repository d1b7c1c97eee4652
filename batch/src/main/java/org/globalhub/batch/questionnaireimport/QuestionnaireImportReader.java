package org.globalhub.batch.questionnaireimport;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.inject.Inject;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import java.io.Serializable;
import java.nio.file.Path;
import java.util.List;

/** Reads the uploaded file's rows; the checkpoint is the number of rows already handed on. */
@Named
@Dependent // bean-defining: the batch module discovers annotated beans only
public class QuestionnaireImportReader extends AbstractItemReader {

    @Inject
    @BatchProperty
    String file;

    private List<QuestionnaireFile.Row> rows;
    private int next;

    @Override
    public void open(Serializable checkpoint) {
        rows = QuestionnaireFile.read(Path.of(file));
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
