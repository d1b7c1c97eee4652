package org.globalhub.network.entity;

/** What a notification is about; each kind has its own e-mail preference. */
public enum NotificationKind {
    /** A tool the agent followed (favourite), rated or reported left the catalogue. E-mail by default. */
    TOOL_REMOVED(true),
    /** A colleague sent a direct message. In the Hub only by default. */
    NEW_MESSAGE(false),
    /** A colleague found in the directory asks to get in touch. E-mail by default. */
    CONTACT_REQUEST(true);

    private final boolean emailByDefault;

    NotificationKind(boolean emailByDefault) {
        this.emailByDefault = emailByDefault;
    }

    public boolean isEmailByDefault() {
        return emailByDefault;
    }
}
