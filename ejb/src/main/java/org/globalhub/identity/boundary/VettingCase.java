package org.globalhub.identity.boundary;

import org.globalhub.identity.entity.Account;

/**
 * An application in the vetting queue, with the agency its e-mail domain is known for (or null).
 */
public record VettingCase(Account account, String knownAgency) {}
