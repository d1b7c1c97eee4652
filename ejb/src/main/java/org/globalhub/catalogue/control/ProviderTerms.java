package org.globalhub.catalogue.control;

/**
 * The Terms of Engagement for providers: their text is in the web bundles under {@code
 * terms.provider.*} in the six languages. Raise {@link #VERSION} when the text changes: every
 * provider is then asked to accept the new version at their next visit of the portal.
 */
public final class ProviderTerms {

    public static final String VERSION = "1";

    private ProviderTerms() {}
}
