package org.marketaccess.portal.matching;

import org.marketaccess.portal.shared.LiveChange;

/** A rebuild of the search index started, moved on or ended: the index page shows where it stands. */
public record IndexRebuildProgressed() implements LiveChange {}
