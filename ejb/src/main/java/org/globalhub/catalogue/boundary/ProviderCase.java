package org.globalhub.catalogue.boundary;

import org.globalhub.catalogue.entity.Provider;
import org.globalhub.identity.entity.Account;

/**
 * A provider organisation's application as a curator vets it: the contact's account, the
 * organisation as it applied, and whether the contact's address is on the website's domain (a hint,
 * not a proof).
 */
public record ProviderCase(Account account, Provider provider, boolean domainMatchesWebsite) {}
