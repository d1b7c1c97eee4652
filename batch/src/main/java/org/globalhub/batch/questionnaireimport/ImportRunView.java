package org.globalhub.batch.questionnaireimport;

import java.util.Date;

/**
 * One import run as the admin page shows it: the job repository's figures, who started it, and for
 * a run that failed on an unreadable file, why (message key and argument).
 */
public record ImportRunView(
        long executionId,
        String fileName,
        String startedBy,
        boolean publish,
        String status,
        String exitStatus,
        Date start,
        Date end,
        long read,
        long written,
        long skipped,
        boolean restartable,
        boolean running,
        String fileProblem,
        String fileProblemArgument) {}
