/**
 * The retention purge job ({@code META-INF/batch-jobs/retention-purge.xml}): one batchlet that
 * takes the purge lease, then deletes (or, in a dry run, counts) what the retention policy says has
 * expired, category by category, each slice in its own transaction. {@link
 * org.globalhub.batch.retentionpurge.PurgeJobService} starts runs from the admin page, {@link
 * org.globalhub.batch.retentionpurge.RetentionPurgeSchedule} every night.
 */
package org.globalhub.batch.retentionpurge;
