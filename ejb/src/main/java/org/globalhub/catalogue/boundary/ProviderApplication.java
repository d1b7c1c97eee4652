package org.globalhub.catalogue.boundary;

import org.globalhub.catalogue.entity.ProviderType;
import org.globalhub.catalogue.entity.UnRegion;

/**
 * What a provider organisation's contact sends to apply: the organisation, the contact person, the
 * password, consent to the privacy notice and acceptance of the Terms of Engagement for providers.
 * Checked by the entities and the registration, not here. A person joining an organisation that is
 * a member already names it ({@code joinProvider}); its manager then decides, not a curator.
 */
public record ProviderApplication(
        String organisation,
        String website,
        String countryCode,
        UnRegion region,
        ProviderType type,
        String fullName,
        String position,
        String email,
        String phone,
        String about,
        String password,
        String passwordAgain,
        boolean consent,
        boolean termsAccepted,
        String language,
        Long joinProvider) {

    /** An application to join a member organisation ({@code joinProvider}) instead of a new one. */
    public boolean joins() {
        return joinProvider != null && joinProvider != 0;
    }
}
