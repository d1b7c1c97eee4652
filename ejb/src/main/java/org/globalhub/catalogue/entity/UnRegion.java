package org.globalhub.catalogue.entity;

/** The five United Nations regional groups. */
public enum UnRegion {
    AFRICA,
    ASIA_PACIFIC,
    EASTERN_EUROPE,
    LATIN_AMERICA_CARIBBEAN,
    WESTERN_EUROPE_OTHERS
}
