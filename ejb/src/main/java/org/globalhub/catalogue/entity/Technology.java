package org.globalhub.catalogue.entity;

/** What kind of data a tool's AI analyses. */
public enum Technology {
    IMAGE,
    VIDEO,
    TEXT,
    AUDIO,
    METADATA
}
