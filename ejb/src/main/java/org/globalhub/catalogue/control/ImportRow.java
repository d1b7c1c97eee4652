package org.globalhub.catalogue.control;

import java.util.Map;
import java.util.Set;
import org.globalhub.catalogue.entity.InvestigationPhase;
import org.globalhub.catalogue.entity.ProviderType;
import org.globalhub.catalogue.entity.Purpose;
import org.globalhub.catalogue.entity.Technology;
import org.globalhub.catalogue.entity.UnRegion;

/**
 * One checked row of a questionnaire import: a tool, its provider, labels, languages and answers
 * (question id → answer in stored form). Only {@link ImportRowValidator} makes them.
 */
public record ImportRow(
        long line,
        String toolKey,
        String toolName,
        String summary,
        String providerName,
        ProviderType providerType,
        String providerCountry,
        UnRegion providerRegion,
        String providerWebsite,
        Set<Purpose> purposes,
        Set<Technology> technologies,
        Set<InvestigationPhase> phases,
        Set<String> interfaceLanguages,
        Set<String> analysedLanguages,
        Map<String, String> answers)
        implements java.io.Serializable {

    /** The row's tool description, checked like every other description. */
    public org.globalhub.catalogue.entity.ToolDescription description() {
        return new org.globalhub.catalogue.entity.ToolDescription(
                toolName,
                summary,
                purposes,
                technologies,
                phases,
                interfaceLanguages,
                analysedLanguages);
    }

    /** Unique per provider: the provider's name (lower case) and its own key for the tool. */
    public String importKey() {
        return providerName.toLowerCase(java.util.Locale.ROOT) + "/" + toolKey;
    }
}
