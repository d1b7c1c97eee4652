package org.globalhub.privacy.entity;

/** What the purge did to expired items (or, in a dry run, would have done). */
public enum PurgeAction {
    DELETED,
    /** Inactive accounts told by mail that they will be deleted. */
    WARNED,
    /**
     * The warning mail could not be sent: the account stays and is warned again at the next run.
     */
    MAIL_FAILED
}
