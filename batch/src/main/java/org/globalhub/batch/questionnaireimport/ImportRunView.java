package org.globalhub.batch.questionnaireimport;

import java.util.Date;

/**
 * One import run as the admin page shows it: the job repository's figures, who started it, for a
 * run that failed on an unreadable file, why (message key and argument), and the file's rows as the
 * first pass counted them ({@code total}; 0 before that pass ends).
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
        String fileProblemArgument,
        long total) {

    /** How far the run is, in percent of the file's rows (0 while the file is being checked). */
    public int percent() {
        return total <= 0 ? 0 : (int) Math.min(100, 100 * (written + skipped) / total);
    }

    /** Rows handled per second, from its start to its end (or to now while it runs). */
    public long rowsPerSecond(java.time.Instant now) {
        if (start == null) {
            return 0;
        }
        long millis = (end == null ? now.toEpochMilli() : end.getTime()) - start.getTime();
        return millis <= 0 ? 0 : (written + skipped) * 1000 / millis;
    }
}
