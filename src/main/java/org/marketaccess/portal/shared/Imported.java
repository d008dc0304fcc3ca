package org.marketaccess.portal.shared;

/** The id of an imported record and what the import did to it. */
public record Imported<ID>(ID id, ImportOutcome outcome) {}
