package org.globalhub.batch.retentionpurge;

import org.globalhub.privacy.entity.PurgeRun;

/** A purge report with the batch status of its execution, for the admin page. */
public record PurgeRunView(PurgeRun report, String batchStatus) {}
