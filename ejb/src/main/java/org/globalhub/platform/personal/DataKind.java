package org.globalhub.platform.personal;

/**
 * The kinds of personal data the Hub holds, as the privacy notice names them and says why (message
 * keys {@code privacy.data.<KIND>} and {@code privacy.data.<KIND>.why}). Every personal field of
 * every entity names its kind ({@link PersonalData}), so the notice lists exactly what the Hub
 * stores.
 */
public enum DataKind {
    /** Name, agency, unit, country, phone, official e-mail address, language. */
    IDENTITY,
    /** Referee, purpose, vetting decisions and re-verification dates. */
    VETTING,
    /**
     * Password hash, second-factor key, recovery codes, e-mail links: never shown, never exported.
     */
    CREDENTIALS,
    /** Logins, their sessions (address, browser), failed logins, security and audit events. */
    SECURITY_RECORDS,
    /** Feedback, concerns, articles and the imports a person started. */
    WRITINGS,
    /** Messages, contact requests, blocks. */
    CONVERSATIONS,
    /** The directory entry and each field's sharing choice. */
    DIRECTORY,
    /**
     * Saved searches and shortlists, favourite tools, followed categories, event reminders, e-mail
     * choices.
     */
    CHOICES,
    /** Completed lessons. */
    LEARNING,
    /** Notices in the Hub and mails sent to the person. */
    NOTICES
}
