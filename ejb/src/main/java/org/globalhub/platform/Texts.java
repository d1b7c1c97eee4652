package org.globalhub.platform;

/** Checks on free text from outside, shared by every entity that stores some. */
public final class Texts {

    private Texts() {}

    /**
     * Trims the text and checks its length; returns null for blank optional text.
     *
     * @throws InvalidInputException with key {@code <field>.required} or {@code <field>.tooLong}
     */
    public static String clean(String text, String field, boolean required, int maxLength) {
        String trimmed = text == null ? "" : text.strip();
        if (trimmed.isEmpty()) {
            if (required) {
                throw new InvalidInputException("error.required", field);
            }
            return null;
        }
        if (trimmed.length() > maxLength) {
            throw new InvalidInputException("error.tooLong", field, maxLength);
        }
        return trimmed;
    }

    /**
     * Refuses text that a spreadsheet would run as a formula (a leading {@code =}): the same rule
     * for the import, the curators' editor and the providers' portal.
     *
     * @throws InvalidInputException with key {@code error.formula}
     */
    public static String noFormula(String text, String field) {
        if (text != null && text.strip().startsWith("=")) {
            throw new InvalidInputException("error.formula", field);
        }
        return text;
    }

    /**
     * Names, keys and links may not even start like a formula ({@code = + - @} or a tab).
     *
     * @throws InvalidInputException with key {@code error.formulaStart}
     */
    public static String noFormulaStart(String text, String field) {
        if (text != null && !text.isEmpty() && "=+-@\t".indexOf(text.charAt(0)) >= 0) {
            throw new InvalidInputException("error.formulaStart", field);
        }
        return text;
    }

    /** An absolute http or https address with a host. */
    public static boolean isWebAddress(String text) {
        try {
            java.net.URI uri = java.net.URI.create(text);
            return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))
                    && uri.getHost() != null;
        } catch (IllegalArgumentException | NullPointerException e) {
            return false;
        }
    }
}
