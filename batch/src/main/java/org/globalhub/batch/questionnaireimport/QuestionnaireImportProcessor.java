package org.globalhub.batch.questionnaireimport;

import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import org.globalhub.catalogue.control.ImportRowValidator;

/**
 * Checks a row against the import schema; a bad row is skipped (ImportRowException) and reported.
 */
@Named
@Dependent // bean-defining: the batch module discovers annotated beans only
public class QuestionnaireImportProcessor implements ItemProcessor {

    @EJB ImportJobGateway gateway;

    private ImportRowValidator validator;

    @Override
    public Object processItem(Object item) throws Exception {
        if (validator == null) {
            validator = gateway.validator();
        }
        QuestionnaireFile.Row row = (QuestionnaireFile.Row) item;
        return validator.validate(row.number(), row.cells());
    }
}
