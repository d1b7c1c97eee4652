package org.globalhub.catalogue.control;

import org.globalhub.catalogue.entity.InvestigationPhase;
import org.globalhub.catalogue.entity.Purpose;
import org.globalhub.catalogue.entity.Technology;
import org.globalhub.catalogue.entity.UnRegion;

/**
 * What a visitor asked of the catalogue: free text and optional filters (null means "any").
 *
 * @param seed the visitor's shuffle seed for {@link CatalogueSort#NEUTRAL}
 */
public record CatalogueQuery(
        String text,
        Purpose purpose,
        Technology technology,
        InvestigationPhase phase,
        UnRegion region,
        String analysedLanguage,
        CatalogueSort sort,
        long seed) {

    public static final int MAX_TEXT = 200;

    public CatalogueQuery {
        text = text == null || text.isBlank() ? null : text.strip();
        if (text != null && text.length() > MAX_TEXT) {
            text = text.substring(0, MAX_TEXT);
        }
        analysedLanguage =
                analysedLanguage == null || analysedLanguage.isBlank()
                        ? null
                        : analysedLanguage.strip();
        sort = sort == null ? CatalogueSort.NEUTRAL : sort;
    }

    public static CatalogueQuery all(long seed) {
        return new CatalogueQuery(null, null, null, null, null, null, CatalogueSort.NEUTRAL, seed);
    }
}
