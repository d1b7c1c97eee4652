package org.globalhub.batch.retentionpurge;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import java.util.logging.Logger;

/**
 * Starts the purge every night at 02:30 server time. A run still going (or one started on another node,
 * which holds the lease) is never overlapped: this start is skipped, or the new run ends at once.
 */
@Singleton
public class RetentionPurgeSchedule {

    private static final Logger LOG = Logger.getLogger(RetentionPurgeSchedule.class.getName());

    @Schedule(hour = "2", minute = "30", persistent = false)
    void nightly() {
        JobOperator operator = BatchRuntime.getJobOperator();
        if (PurgeJobService.running(operator)) {
            LOG.info("Retention purge still running: tonight's start skipped");
            return;
        }
        long id = operator.start(PurgeJobService.JOB, PurgeParameters.of(false, "schedule"));
        LOG.info(() -> "Retention purge started, execution " + id);
    }
}
