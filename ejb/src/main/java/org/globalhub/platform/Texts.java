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
