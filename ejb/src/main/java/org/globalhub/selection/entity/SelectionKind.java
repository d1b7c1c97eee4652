package org.globalhub.selection.entity;

/**
 * What a saved selection replays: facet choices on the finder, or answers to the guided questions.
 */
public enum SelectionKind {
    SEARCH,
    SHORTLIST
}
