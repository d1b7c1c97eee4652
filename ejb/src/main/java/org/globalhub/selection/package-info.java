/**
 * Selection: helping an agent find the tool that fits their case. Faceted filtering with counts
 * over the published catalogue (an in-memory index of each tool's facts, rebuilt when the catalogue
 * changes), a guided sequence of questions whose answers give an explained, scored shortlist,
 * side-by-side comparison, and the agent's saved shortlists, searches and favourite tools. It may
 * call {@code catalogue} and {@code audit}.
 */
package org.globalhub.selection;
