/**
 * Jakarta Batch jobs of the Hub: bulk questionnaire import and data-retention purges (the batch
 * issue). Artifacts here are adapters: readers parse, processors validate and map, writers call the
 * ejb services.
 */
package org.globalhub.batch;
