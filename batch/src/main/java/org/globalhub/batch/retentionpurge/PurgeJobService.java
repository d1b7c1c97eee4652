package org.globalhub.batch.retentionpurge;

import jakarta.annotation.security.RolesAllowed;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.util.List;
import org.globalhub.identity.Roles;
import org.globalhub.identity.boundary.AccountService;
import org.globalhub.platform.InvalidInputException;
import org.globalhub.privacy.boundary.RetentionService;
import org.globalhub.privacy.entity.PurgeRun;

/**
 * Administrators' control of the retention purge: a dry run or a real run now, and the reports of
 * past runs.
 */
@Stateless
@RolesAllowed(Roles.ADMINISTRATOR)
public class PurgeJobService {

    public static final String JOB = "retention-purge";

    @EJB RetentionService retention;

    @EJB AccountService accounts;

    @EJB RetentionPurgeGateway purge;

    /**
     * Starts a run unless one is running anywhere (runs cut off by a crash are closed first);
     * returns its execution id.
     */
    public long start(boolean dryRun) {
        purge.closeInterrupted(false);
        if (isRunning()) {
            throw new InvalidInputException("retention.running");
        }
        return BatchRuntime.getJobOperator()
                .start(JOB, PurgeParameters.of(dryRun, accounts.callerJobAlias()));
    }

    /**
     * Whether a purge holds the lease: the job repository's STARTED says nothing about a run cut
     * off by a crash.
     */
    public boolean isRunning() {
        return purge.runningPurge().isPresent();
    }

    public List<PurgeRunView> runs() {
        JobOperator operator = BatchRuntime.getJobOperator();
        return retention.runs(50).stream().map(run -> view(operator, run)).toList();
    }

    private static PurgeRunView view(JobOperator operator, PurgeRun run) {
        if (PurgeRun.INTERRUPTED.equals(run.getOutcome())) {
            return new PurgeRunView(run, PurgeRun.INTERRUPTED); // the repository still says STARTED
        }
        String status;
        try {
            status = operator.getJobExecution(run.getExecutionId()).getBatchStatus().name();
        } catch (RuntimeException e) {
            status = "-"; // the job repository forgot the execution; the report stays
        }
        return new PurgeRunView(run, status);
    }
}
