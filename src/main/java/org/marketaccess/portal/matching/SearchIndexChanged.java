package org.marketaccess.portal.matching;

import org.marketaccess.portal.shared.LiveChange;

/** Searches see new changes (a posting put, changed or removed, a rebuild done): result pages re-run. */
public record SearchIndexChanged(long generation) implements LiveChange {}
