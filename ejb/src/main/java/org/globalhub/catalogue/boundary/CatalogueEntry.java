package org.globalhub.catalogue.boundary;

import org.globalhub.catalogue.entity.Tool;

/**
 * One tool in a catalogue page, with its published agents' rating (average null when nobody rated).
 */
public record CatalogueEntry(Tool tool, Double averageRating, long ratingCount) {}
