package org.marketaccess.portal.insight.internal;

import java.util.Set;
import org.marketaccess.portal.insight.InsightFilter;
import org.marketaccess.portal.insight.InsightSettings;
import org.marketaccess.portal.shared.InvalidInputException;
import org.marketaccess.portal.taxonomy.TaxonomyKind;
import org.marketaccess.portal.taxonomy.TaxonomyService;
import org.springframework.stereotype.Component;

/** Turns a filter into a {@link Scope}, refusing codes the taxonomy does not know. */
@Component
public class Scopes {

    private final TaxonomyService taxonomy;
    private final InsightSettings settings;

    Scopes(TaxonomyService taxonomy, InsightSettings settings) {
        this.taxonomy = taxonomy;
        this.settings = settings;
    }

    public Scope of(InsightFilter filter) {
        // an unknown code would not narrow anything: refuse it rather than show everything
        known(TaxonomyKind.REGION, "region", filter.region());
        known(TaxonomyKind.CATEGORY, "category", filter.category());
        known(TaxonomyKind.CLINICAL_AREA, "clinicalArea", filter.clinicalArea());
        Set<String> regions =
                filter.region() == null ? Set.of() : taxonomy.regions().within(filter.region());
        return Scope.of(filter, regions, settings.zone());
    }

    private void known(TaxonomyKind kind, String field, String code) {
        if (code != null && !taxonomy.isValid(kind, code)) {
            throw new InvalidInputException(field, "taxonomy.unknown-code");
        }
    }
}
