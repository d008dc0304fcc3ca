package org.marketaccess.portal.search;

/** The facets a search can be narrowed by, each with counts. */
public enum Facet {
    CATEGORY,
    CLINICAL_AREA,
    CARE_SETTING,
    /** For opportunities, the region they lie in (nested regions count); for needs, the regions they are open to. */
    REGION
}
