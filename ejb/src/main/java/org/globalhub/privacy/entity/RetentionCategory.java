package org.globalhub.privacy.entity;

/**
 * What the retention policy covers, with the bounds an administrator may set (in days). The bounds
 * keep the policy lawful: short enough to be minimal, long enough for its purpose (e.g. audit
 * events serve investigations of misuse for at least a year).
 */
public enum RetentionCategory {
    /** Registrations whose e-mail address was never confirmed. */
    UNVERIFIED_REGISTRATION(1, 30),
    /** Applications a curator rejected, counted from the decision. */
    REJECTED_APPLICATION(30, 365),
    /** Accounts nobody logged in to, counted from the last login; warned by mail 30 days before. */
    INACTIVE_ACCOUNT(365, 1825),
    /** Used or expired e-mail links (confirmation, password reset). */
    EXPIRED_LINK(1, 90),
    /** Import runs and their problem reports. */
    IMPORT_REPORT(30, 1095),
    /** Notifications in the Hub (removal notices and others), read or not. */
    NOTIFICATION(30, 730),
    /** Direct messages between agents, counted from when they were sent. */
    MESSAGE(30, 1825),
    /**
     * Mails the Hub sent or gave up (address, kind, subject; the text is wiped when sent), from
     * when queued.
     */
    SENT_MAIL(7, 365),
    /**
     * Ended runs in the batch job repository (JBeret's tables in the Hub's database): who started
     * them (an account id), the file, the counts; from when they ended.
     */
    JOB_RECORD(30, 1095),
    /**
     * Uploaded files (questionnaires for the import), kept in the database so that a stopped run
     * can be restarted; from when they were uploaded.
     */
    UPLOADED_FILE(1, 365),
    /** Audit and security events (who did what, login sources). */
    AUDIT_EVENT(365, 3650);

    /** Inactive accounts are warned this many days before deletion. */
    public static final int WARNING_DAYS = 30;

    private final int minDays;
    private final int maxDays;

    RetentionCategory(int minDays, int maxDays) {
        this.minDays = minDays;
        this.maxDays = maxDays;
    }

    public int getMinDays() {
        return minDays;
    }

    public int getMaxDays() {
        return maxDays;
    }
}
