package org.marketaccess.portal.matching.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.marketaccess.portal.identity.Roles;
import org.marketaccess.portal.matching.IndexAdminService;
import org.marketaccess.portal.matching.IndexRebuildProgressed;
import org.marketaccess.portal.matching.IndexStatus;
import org.marketaccess.portal.matching.SearchIndexChanged;
import org.marketaccess.portal.shared.ui.LiveUpdates;

/** The search index for administrators: what it holds against the database, and a rebuild with its progress. */
@Route("admin/search-index")
@Menu(title = "nav.search-index", order = 91, icon = "vaadin:search-plus")
@RolesAllowed(Roles.ADMIN)
class SearchIndexView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

    final Paragraph figures = new Paragraph();
    final Span state = new Span();
    final ProgressBar progress = new ProgressBar();
    final Button rebuild = new Button();
    private final IndexAdminService index;

    SearchIndexView(IndexAdminService index, LiveUpdates live) {
        this.index = index;
        // told, not asking: a rebuild's progress and every change of the index's contents
        live.follow(this, IndexRebuildProgressed.class, progressed -> show());
        live.follow(this, SearchIndexChanged.class, changed -> show());
        rebuild.setText(getTranslation("index.rebuild"));
        rebuild.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        rebuild.addClickListener(click -> {
            if (!index.startRebuild()) {
                Notification.show(getTranslation("index.already-rebuilding"));
            }
            show();
        });
        state.setId("index-state");
        add(
                new H2(getTranslation("index.title")),
                new Paragraph(getTranslation("index.intro")),
                figures,
                state,
                progress,
                rebuild);
        show();
    }

    void show() {
        IndexStatus status = index.status();
        figures.setText(getTranslation(
                "index.figures",
                status.indexedNeeds(),
                status.publishedNeeds(),
                status.indexedOpportunities(),
                status.publishedOpportunities()));
        progress.setVisible(status.rebuilding());
        rebuild.setEnabled(!status.rebuilding());
        if (status.rebuilding()) {
            progress.setValue(status.rebuildTotal() == 0 ? 0 : (double) status.rebuildDone() / status.rebuildTotal());
            state.setText(getTranslation("index.rebuilding", status.rebuildDone(), status.rebuildTotal()));
        } else if (status.lastRebuildFailure() != null) {
            state.setText(getTranslation("index.failed", status.lastRebuildFailure()));
        } else if (status.lastRebuildAt() != null) {
            state.setText(getTranslation(
                    "index.last-rebuild",
                    TIME.format(status.lastRebuildAt()),
                    status.lastRebuildTook().toMillis(),
                    status.lastRebuildReason()));
        } else {
            state.setText(getTranslation(status.agrees() ? "index.agrees" : "index.disagrees"));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("index.title");
    }
}
