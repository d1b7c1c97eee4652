package org.globalhub.catalogue.control;

/** The orders a visitor may choose. NEUTRAL is the default; none of them favours a provider. */
public enum CatalogueSort {
    NEUTRAL,
    NAME,
    NEWEST
}
