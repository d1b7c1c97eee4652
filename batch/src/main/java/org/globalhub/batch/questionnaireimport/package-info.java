/**
 * The questionnaire import job ({@code META-INF/batch-jobs/questionnaire-import.xml}): reader (CSV
 * or JSON file → cells per row), processor (schema check), writer (catalogue service), skip
 * listener (problem report). {@link org.globalhub.batch.questionnaireimport.ImportJobService}
 * starts, stops and lists runs.
 */
package org.globalhub.batch.questionnaireimport;
