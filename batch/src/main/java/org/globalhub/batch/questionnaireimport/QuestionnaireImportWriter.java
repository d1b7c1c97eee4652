package org.globalhub.batch.questionnaireimport;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.globalhub.catalogue.control.ImportRow;

/** Hands a chunk of checked rows to the catalogue, in the chunk's transaction. */
@Named
@Dependent // bean-defining: the batch module discovers annotated beans only
public class QuestionnaireImportWriter extends AbstractItemWriter {

    @EJB ImportJobGateway gateway;

    @Inject @BatchProperty String publish;

    @Inject @BatchProperty String startedBy;

    /** The versions a run writes name it (its execution). */
    @Inject JobContext job;

    @Override
    public void writeItems(List<Object> items) {
        gateway.write(
                items.stream().map(ImportRow.class::cast).toList(),
                Boolean.parseBoolean(publish),
                startedBy == null ? "import" : startedBy,
                job.getExecutionId());
    }
}
