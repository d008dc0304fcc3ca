package org.marketaccess.portal.introduction.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.marketaccess.portal.identity.Roles;
import org.marketaccess.portal.introduction.IntroductionService;
import org.marketaccess.portal.introduction.IntroductionSummary;
import org.marketaccess.portal.introduction.Party;
import org.marketaccess.portal.shared.ui.Dates;
import org.marketaccess.portal.shared.ui.ScreenWidth;

/** A member's introductions: the ones their organization asked for and the ones it was asked for. */
@Route("introductions")
@Menu(title = "nav.introductions", order = 35, icon = "vaadin:handshake")
@RolesAllowed({Roles.STARTUP, Roles.PROVIDER})
class IntroductionsView extends VerticalLayout implements HasDynamicTitle {

    final Tab sent = new Tab();
    final Tab received = new Tab();
    final Tabs tabs = new Tabs(sent, received);
    final Grid<IntroductionSummary> grid = new Grid<>();

    private final List<IntroductionSummary> all;

    IntroductionsView(IntroductionService introductions) {
        setSizeFull();
        all = introductions.mine();
        sent.setLabel(getTranslation("introduction.list.sent") + " (" + count(Party.REQUESTER) + ")");
        received.setLabel(getTranslation("introduction.list.received") + " (" + count(Party.RECIPIENT) + ")");
        if (count(Party.REQUESTER) == 0 && count(Party.RECIPIENT) > 0) {
            tabs.setSelectedTab(received);
        }
        tabs.addSelectedChangeListener(change -> show());

        Grid.Column<IntroductionSummary> needColumn = grid.addColumn(IntroductionSummary::needTitle)
                .setHeader(getTranslation("introduction.column.need"))
                .setFlexGrow(3);
        Grid.Column<IntroductionSummary> opportunityColumn = grid.addColumn(IntroductionSummary::opportunityTitle)
                .setHeader(getTranslation("introduction.column.opportunity"))
                .setFlexGrow(3);
        grid.addColumn(this::otherSide)
                .setHeader(getTranslation("introduction.column.other"))
                .setFlexGrow(2);
        grid.addColumn(row -> getTranslation("introduction.status." + row.status()))
                .setHeader(getTranslation("introduction.column.status"))
                .setAutoWidth(true);
        Grid.Column<IntroductionSummary> outcomeColumn = grid.addColumn(
                        row -> row.outcome() == null ? "" : getTranslation("introduction.outcome." + row.outcome()))
                .setHeader(getTranslation("introduction.column.outcome"))
                .setAutoWidth(true);
        Grid.Column<IntroductionSummary> updatedColumn = grid.addColumn(
                        row -> Dates.date(getLocale()).format(row.updatedAt()))
                .setHeader(getTranslation("introduction.column.updated"))
                .setAutoWidth(true);
        grid.setEmptyStateText(getTranslation("introduction.list.empty"));
        grid.addItemClickListener(click -> getUI().ifPresent(ui -> ui.navigate(
                IntroductionDetailsView.class,
                new RouteParameters("id", click.getItem().id().toString()))));
        grid.setSizeFull();
        ScreenWidth.fit(grid, needColumn, opportunityColumn, outcomeColumn, updatedColumn);
        add(new H2(getTranslation("introduction.list.title")), tabs, grid);
        show();
    }

    private void show() {
        Party party = tabs.getSelectedTab() == received ? Party.RECIPIENT : Party.REQUESTER;
        grid.setItems(all.stream().filter(row -> row.party() == party).toList());
    }

    private long count(Party party) {
        return all.stream().filter(row -> row.party() == party).count();
    }

    /** The other organization, or "anonymous" while it stays hidden. */
    private String otherSide(IntroductionSummary row) {
        String name = row.party() == Party.REQUESTER ? row.recipientName() : row.requesterName();
        return name == null ? getTranslation("introduction.anonymous") : name;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("introduction.list.title");
    }
}
