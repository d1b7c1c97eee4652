package org.globalhub.catalogue.control;

/**
 * Why one field of one row was refused: the message key and its argument, for the translated
 * report.
 */
public record ImportProblemDetail(String field, String value, String messageKey, String argument)
        implements java.io.Serializable {}
