package org.globalhub.catalogue.entity;

/** How an answer is written down, and so how it is shown and compared. */
public enum AnswerType {
    /** Free text in the provider's words. */
    TEXT,
    /** One of yes, no, partly. */
    YES_NO,
    /** One code from the question's options. */
    SINGLE_CHOICE,
    /** Codes from the question's options, comma-separated. */
    MULTI_CHOICE,
    /** A whole number from 1 to 5. */
    SCALE
}
