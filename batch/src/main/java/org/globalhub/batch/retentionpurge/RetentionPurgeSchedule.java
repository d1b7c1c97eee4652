package org.globalhub.batch.retentionpurge;

import jakarta.annotation.PostConstruct;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import java.util.List;
import java.util.logging.Logger;

/**
 * Starts the purge every night at 02:30 server time. A run still going (on any node: it holds the
 * lease) is never overlapped: this start is skipped, or the new run ends at once. At server start,
 * and before each nightly start, purges cut off by a crash are recognised and closed, so that one
 * never stops all deletion.
 */
@Singleton
@Startup
@DependsOn("hub-ejb.jar#SchemaMigration") // the purge tables must exist
public class RetentionPurgeSchedule {

    private static final Logger LOG = Logger.getLogger(RetentionPurgeSchedule.class.getName());

    @EJB RetentionPurgeGateway purge;

    @PostConstruct
    void closeRunsCutOffBeforeThisStart() {
        List<Long> closed = purge.closeInterrupted(true);
        if (!closed.isEmpty()) {
            LOG.warning(
                    () ->
                            "Retention purge runs cut off by a crash or kill, closed as INTERRUPTED: "
                                    + closed);
        }
    }

    @Schedule(hour = "2", minute = "30", persistent = false)
    void nightly() {
        JobOperator operator = BatchRuntime.getJobOperator();
        purge.closeInterrupted(false);
        if (purge.runningPurge().isPresent()) {
            LOG.info("Retention purge still running: tonight's start skipped");
            return;
        }
        long id = operator.start(PurgeJobService.JOB, PurgeParameters.of(false, "schedule"));
        LOG.info(() -> "Retention purge started, execution " + id);
    }
}
