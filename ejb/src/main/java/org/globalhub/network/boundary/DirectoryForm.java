package org.globalhub.network.boundary;

/**
 * The agent's directory choices: listed or not, which fields to show, and the fields that are not
 * in the account.
 */
public record DirectoryForm(
        boolean listed,
        boolean showName,
        boolean showAgency,
        boolean showCountry,
        boolean showLanguages,
        boolean showExpertise,
        boolean showTools,
        boolean showContact,
        String languages,
        String expertise,
        String toolsUsed) {}
