package org.globalhub.batch.retentionpurge;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Instant;
import org.globalhub.privacy.control.ExpiredData;
import org.globalhub.privacy.entity.PurgeRun;
import org.globalhub.privacy.entity.RetentionCategory;

/**
 * Runs one purge: takes the lease (or, when another purge holds it, records the overlap and does
 * nothing), then counts (dry run) or deletes slice by slice every chosen category, renewing the
 * lease after each slice so that a run cut off by a crash is recognised when its lease runs out.
 * The exit status is the outcome.
 */
@Named
@Dependent // bean-defining: the batch module discovers annotated beans only
public class RetentionPurgeBatchlet extends AbstractBatchlet {

    static final String STOPPED = "STOPPED";
    private static final int ACCOUNT_SLICE = 200;
    private static final int RECORD_SLICE = 5000;

    @Inject JobContext job;

    @EJB RetentionPurgeGateway gateway;

    @Inject @BatchProperty String dryRun;

    @Inject @BatchProperty String categories;

    @Inject @BatchProperty String startedBy;

    @Inject Clock clock;

    private volatile boolean stopping;

    @Override
    public String process() {
        PurgeParameters parameters =
                PurgeParameters.parse(dryRun, categories, startedBy, Instant.now(clock));
        long id = job.getExecutionId();
        if (!gateway.acquireLease(id)) {
            gateway.begin(id, parameters.dryRun(), parameters.asOf(), parameters.startedBy());
            job.setExitStatus(gateway.finish(id, PurgeRun.OVERLAP));
            return PurgeRun.OVERLAP;
        }
        try {
            gateway.begin(id, parameters.dryRun(), parameters.asOf(), parameters.startedBy());
            for (RetentionCategory category : parameters.categories()) {
                if (stopping) {
                    break;
                }
                if (parameters.dryRun()) {
                    gateway.count(id, category);
                } else {
                    purge(id, category);
                }
                renewLease(id);
            }
            String outcome = stopping ? STOPPED : PurgeRun.COMPLETED;
            // The summary with the counts, for the CLI; the step's exit status stays the outcome.
            job.setExitStatus(gateway.finish(id, outcome));
            return outcome;
        } finally {
            gateway.releaseLease(id);
        }
    }

    private void purge(long id, RetentionCategory category) {
        if (category == RetentionCategory.INACTIVE_ACCOUNT) {
            gateway.warnInactive(id);
        }
        int slice = ExpiredData.holdsAccounts(category) ? ACCOUNT_SLICE : RECORD_SLICE;
        while (!stopping && gateway.purgeSlice(id, category, slice) > 0) {
            renewLease(id);
        }
    }

    /**
     * Keeps the lease while the run goes on; a run that lost it (thought dead) stops rather than
     * overlap.
     */
    private void renewLease(long id) {
        if (!gateway.acquireLease(id)) {
            stopping = true;
        }
    }

    @Override
    public void stop() {
        stopping = true;
    }
}
