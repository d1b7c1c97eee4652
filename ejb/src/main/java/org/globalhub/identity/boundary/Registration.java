package org.globalhub.identity.boundary;

/**
 * What the registration form sends, and the language the person used (for the mails). Validated by
 * the Account and Applicant entities, not here.
 */
public record Registration(
        String fullName,
        String agency,
        String unit,
        String countryCode,
        String email,
        String phone,
        String referee,
        String purpose,
        String password,
        String passwordAgain,
        boolean consent,
        String language) {}
