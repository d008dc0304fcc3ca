package org.marketaccess.portal.search;

/** A ranked posting id with its score on the 0–100 scale people see. */
public record RankedMatch(String id, double score) {}
