package org.marketaccess.portal.matching.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.shared.Registration;
import org.marketaccess.portal.matching.MatchingService;

/**
 * A page of results that stays current: while it is open the browser polls every 250 ms, and the
 * query runs again only when the index has changed since (a cheap counter), so a posting published,
 * changed or closed elsewhere shows up here within a second.
 */
abstract class LiveResultsLayout extends VerticalLayout {

    static final int POLL_MILLIS = 250;

    private final MatchingService matching;
    private long shownGeneration = -1;
    private Registration polling;

    LiveResultsLayout(MatchingService matching) {
        this.matching = matching;
    }

    /** Runs the query and shows its results. */
    protected abstract void showResults();

    protected final void refresh() {
        shownGeneration = matching.indexGeneration();
        showResults();
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        UI ui = event.getUI();
        ui.setPollInterval(POLL_MILLIS);
        polling = ui.addPollListener(poll -> {
            if (matching.indexGeneration() != shownGeneration) {
                refresh();
            }
        });
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (polling != null) {
            polling.remove();
            polling = null;
        }
        event.getUI().setPollInterval(-1);
        super.onDetach(event);
    }
}
