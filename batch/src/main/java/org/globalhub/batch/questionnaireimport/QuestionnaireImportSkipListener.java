package org.globalhub.batch.questionnaireimport;

import jakarta.batch.api.chunk.listener.SkipProcessListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.globalhub.catalogue.control.ImportRowException;

/** Records why a row was skipped, for the run's problem report. */
@Named
@Dependent // bean-defining: the batch module discovers annotated beans only
public class QuestionnaireImportSkipListener implements SkipProcessListener {

    @EJB ImportJobGateway gateway;

    @Inject JobContext job;

    @Override
    public void onSkipProcessItem(Object item, Exception e) {
        if (e instanceof ImportRowException bad) {
            gateway.recordProblems(job.getExecutionId(), bad.line(), bad.problems());
        }
    }
}
