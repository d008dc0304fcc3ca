package org.marketaccess.portal.shared;

/**
 * A change that pages open at that moment show at once (server push): published as an application
 * event, it reaches the views that follow its type through {@code shared.ui.LiveUpdates}, after the
 * transaction that made it commits.
 */
public interface LiveChange {}
