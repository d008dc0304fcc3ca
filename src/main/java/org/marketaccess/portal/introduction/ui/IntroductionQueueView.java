package org.marketaccess.portal.introduction.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import org.marketaccess.portal.identity.Roles;
import org.marketaccess.portal.introduction.IntroductionService;
import org.marketaccess.portal.introduction.IntroductionService.DeclineCount;
import org.marketaccess.portal.introduction.IntroductionStatus;
import org.marketaccess.portal.introduction.IntroductionSummary;
import org.marketaccess.portal.shared.ui.Dates;
import org.marketaccess.portal.shared.ui.ScreenWidth;

/**
 * The program's queue: requests waiting for review, oldest first (any other state on demand), and
 * what the decline reasons say. A row opens the request with both postings side by side.
 */
@Route("introductions/queue")
@Menu(title = "nav.introduction-queue", order = 11, icon = "vaadin:handshake")
@RolesAllowed(Roles.PROGRAM_MANAGER)
class IntroductionQueueView extends VerticalLayout implements HasDynamicTitle {

    final Select<IntroductionStatus> status = new Select<>();
    final Grid<IntroductionSummary> grid = new Grid<>();
    final Grid<DeclineCount> declines = new Grid<>();

    private final IntroductionService introductions;

    IntroductionQueueView(IntroductionService introductions) {
        this.introductions = introductions;
        setSizeFull();
        Map<IntroductionStatus, Long> counts = introductions.countByStatus();
        status.setLabel(getTranslation("introduction.queue.status"));
        status.setItems(IntroductionStatus.values());
        status.setItemLabelGenerator(
                value -> getTranslation("introduction.status." + value) + " (" + counts.getOrDefault(value, 0L) + ")");
        status.setValue(IntroductionStatus.PENDING_REVIEW);
        status.setWidth("24rem");
        status.setMaxWidth("100%");
        status.addValueChangeListener(change -> show());

        Grid.Column<IntroductionSummary> requestedColumn = grid.addColumn(
                        row -> Dates.date(getLocale()).format(row.createdAt()))
                .setHeader(getTranslation("introduction.column.requested"))
                .setAutoWidth(true);
        grid.addColumn(IntroductionSummary::requesterName)
                .setHeader(getTranslation("introduction.column.requester"))
                .setFlexGrow(2);
        grid.addColumn(IntroductionSummary::needTitle)
                .setHeader(getTranslation("introduction.column.need"))
                .setFlexGrow(3);
        Grid.Column<IntroductionSummary> opportunityColumn = grid.addColumn(IntroductionSummary::opportunityTitle)
                .setHeader(getTranslation("introduction.column.opportunity"))
                .setFlexGrow(3);
        Grid.Column<IntroductionSummary> recipientColumn = grid.addColumn(IntroductionSummary::recipientName)
                .setHeader(getTranslation("introduction.column.recipient"))
                .setFlexGrow(2);
        grid.setEmptyStateText(getTranslation("introduction.queue.empty"));
        grid.addItemClickListener(click -> getUI().ifPresent(ui -> ui.navigate(
                IntroductionDetailsView.class,
                new RouteParameters("id", click.getItem().id().toString()))));
        grid.setMinHeight("16rem");
        ScreenWidth.fit(grid, requestedColumn, opportunityColumn, recipientColumn);

        declines.addColumn(row -> getTranslation(
                        "introduction.decline-reason." + row.reason().code()))
                .setHeader(getTranslation("introduction.field.reason"));
        declines.addColumn(DeclineCount::byProgram).setHeader(getTranslation("introduction.queue.by-program"));
        declines.addColumn(DeclineCount::byRecipient).setHeader(getTranslation("introduction.queue.by-recipient"));
        declines.setItems(introductions.declineReasonCounts());
        declines.setAllRowsVisible(true);
        declines.addClassName("decline-counts");
        ScreenWidth.fit(declines);

        add(
                new H2(getTranslation("introduction.queue.title")),
                new Paragraph(getTranslation("introduction.queue.intro")),
                status,
                grid,
                new H3(getTranslation("introduction.queue.declines")),
                declines);
        show();
    }

    private void show() {
        IntroductionStatus shown = status.getValue() == null ? IntroductionStatus.PENDING_REVIEW : status.getValue();
        grid.setItems(introductions.forProgram(shown, IntroductionService.LIST_MAX));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("introduction.queue.title");
    }
}
