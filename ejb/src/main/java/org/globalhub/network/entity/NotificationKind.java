package org.globalhub.network.entity;

/** What a notification is about; each kind has its own e-mail preference. */
public enum NotificationKind {
    /**
     * A tool the agent followed (favourite), rated or reported left the catalogue. E-mail by
     * default.
     */
    TOOL_REMOVED(true),
    /** A colleague sent a direct message. In the Hub only by default. */
    NEW_MESSAGE(false),
    /** A colleague found in the directory asks to get in touch. E-mail by default. */
    CONTACT_REQUEST(true),
    /**
     * A tool the agent follows (favourite) was updated by its provider. In the Hub only by default.
     */
    TOOL_UPDATED(false),
    /** A new tool appeared in a category the agent subscribed to. In the Hub only by default. */
    NEW_TOOL(false),
    /** An event the agent asked to be reminded of starts within a day. E-mail by default. */
    EVENT_REMINDER(true);

    private final boolean emailByDefault;

    NotificationKind(boolean emailByDefault) {
        this.emailByDefault = emailByDefault;
    }

    public boolean isEmailByDefault() {
        return emailByDefault;
    }
}
