package org.marketaccess.portal.matching.ui;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.marketaccess.portal.matching.MatchingService;
import org.marketaccess.portal.matching.SearchIndexChanged;
import org.marketaccess.portal.shared.ui.LiveUpdates;

/**
 * A page of results that stays current: the server tells it when the index has changed (push), and
 * it runs its query again unless it already shows that state, so a posting published, changed or
 * closed elsewhere shows up here within a second, while an idle page sends nothing.
 */
abstract class LiveResultsLayout extends VerticalLayout {

    private final MatchingService matching;
    private long shownGeneration = -1;

    LiveResultsLayout(MatchingService matching, LiveUpdates live) {
        this.matching = matching;
        live.follow(this, SearchIndexChanged.class, changed -> {
            if (changed.generation() > shownGeneration) {
                refresh();
            }
        });
        // after the subscription above (listeners run in order): what changed between the query run
        // while navigating and the page being attached was told to no one
        addAttachListener(attach -> {
            if (shownGeneration >= 0 && matching.indexGeneration() > shownGeneration) {
                refresh();
            }
        });
    }

    /** Runs the query and shows its results. */
    protected abstract void showResults();

    protected final void refresh() {
        shownGeneration = matching.indexGeneration();
        showResults();
    }
}
