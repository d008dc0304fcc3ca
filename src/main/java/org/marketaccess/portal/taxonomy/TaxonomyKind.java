package org.marketaccess.portal.taxonomy;

/** The lists of the taxonomy. The kinds are structure; their terms are data. */
public enum TaxonomyKind {
    CATEGORY,
    CLINICAL_AREA,
    CARE_SETTING,
    STAGE,
    SOUGHT,
    CERTIFICATION,
    INTEGRATION,
    REGION,
    BUDGET_BAND
}
