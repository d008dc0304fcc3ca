package org.marketaccess.portal.opportunity.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.Set;
import org.marketaccess.portal.identity.Roles;
import org.marketaccess.portal.opportunity.OpportunityService;
import org.marketaccess.portal.opportunity.OpportunitySummary;
import org.marketaccess.portal.shared.PostingStatus;
import org.marketaccess.portal.shared.ui.ScreenWidth;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/** A provider's own pilot opportunities, drafts included. */
@Route("opportunities")
@Menu(title = "nav.my-opportunities", order = 20, icon = "vaadin:clipboard-check")
@RolesAllowed(Roles.PROVIDER)
class MyOpportunitiesView extends VerticalLayout implements HasDynamicTitle {

    static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);

    final Select<PostingStatus> status = new Select<>();
    final Grid<OpportunitySummary> grid = new Grid<>();
    final Button create = new Button();

    MyOpportunitiesView(OpportunityService opportunities, Clock clock) {
        setSizeFull();
        status.setLabel(getTranslation("postings.status"));
        status.setItems(PostingStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("postings.all"));
        status.setItemLabelGenerator(
                value -> value == null ? getTranslation("postings.all") : getTranslation("posting.status." + value));
        status.addValueChangeListener(event -> grid.getDataProvider().refreshAll());

        create.setText(getTranslation("opportunities.new"));
        create.setIcon(VaadinIcon.PLUS.create());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(click -> getUI().ifPresent(ui -> ui.navigate(OpportunityEditorView.class)));

        grid.addColumn(OpportunitySummary::title)
                .setHeader(getTranslation("posting.title"))
                .setFlexGrow(3);
        // a published opportunity past its response deadline is no longer offered: say so to its owner
        grid.addColumn(row -> getTranslation(
                        row.status() == PostingStatus.PUBLISHED
                                        && row.responseDeadline() != null
                                        && row.responseDeadline().isBefore(LocalDate.now(clock))
                                ? "posting.status.PUBLISHED_EXPIRED"
                                : "posting.status." + row.status()))
                .setHeader(getTranslation("postings.status"))
                .setAutoWidth(true);
        Grid.Column<OpportunitySummary> deadlineColumn = grid.addColumn(row -> row.responseDeadline() == null
                        ? ""
                        : row.responseDeadline().toString())
                .setHeader(getTranslation("opportunity.responseDeadline"))
                .setAutoWidth(true);
        Grid.Column<OpportunitySummary> anonymousColumn = grid.addColumn(
                        row -> row.anonymous() ? getTranslation("yes") : getTranslation("no"))
                .setHeader(getTranslation("posting.anonymous.short"))
                .setAutoWidth(true);
        Grid.Column<OpportunitySummary> updatedColumn = grid.addColumn(row -> DATE.format(row.updatedAt()))
                .setHeader(getTranslation("postings.updated"))
                .setAutoWidth(true);
        grid.setItems(query -> opportunities
                .mine(
                        statuses(),
                        PageRequest.of(
                                query.getPage(),
                                query.getPageSize(),
                                Sort.by("updatedAt").descending()))
                .stream());
        grid.setEmptyStateText(getTranslation("opportunities.none"));
        grid.addItemClickListener(click -> getUI().ifPresent(ui -> ui.navigate(
                click.getItem().status().editable() ? OpportunityEditorView.class : OpportunityDetailsView.class,
                click.getItem().id().toString())));
        grid.setSizeFull();
        ScreenWidth.fit(grid, deadlineColumn, anonymousColumn, updatedColumn);

        HorizontalLayout bar = new HorizontalLayout(status, create);
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(new H2(getTranslation("opportunities.mine.title")), bar, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("opportunities.mine.title");
    }

    private Set<PostingStatus> statuses() {
        return status.getValue() == null ? Set.of() : EnumSet.of(status.getValue());
    }
}
