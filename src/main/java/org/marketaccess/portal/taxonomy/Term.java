package org.marketaccess.portal.taxonomy;

/** One entry of a taxonomy list; {@code parentCode} is set for nested regions only. */
public record Term(TaxonomyKind kind, String code, String label, String parentCode, int order) {}
