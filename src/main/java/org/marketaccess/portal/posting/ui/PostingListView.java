package org.marketaccess.portal.posting.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.marketaccess.portal.identity.Roles;
import org.marketaccess.portal.posting.PostingKind;
import org.marketaccess.portal.posting.PostingOverviewService;
import org.marketaccess.portal.posting.PostingRow;
import org.marketaccess.portal.shared.PostingStatus;
import org.marketaccess.portal.shared.ui.Dates;
import org.marketaccess.portal.shared.ui.ScreenWidth;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/** The program sees every posting of both kinds in one grid. */
@Route("postings")
@Menu(title = "nav.postings", order = 12, icon = "vaadin:records")
@RolesAllowed(Roles.PROGRAM_MANAGER)
class PostingListView extends VerticalLayout implements HasDynamicTitle {

    final Select<PostingKind> kind = new Select<>();
    final Select<PostingStatus> status = new Select<>();
    final TextField text = new TextField();
    final Grid<PostingRow> grid = new Grid<>();
    final Span count = new Span();

    PostingListView(PostingOverviewService postings) {
        setSizeFull();
        kind.setLabel(getTranslation("postings.kind"));
        kind.setItems(PostingKind.values());
        kind.setEmptySelectionAllowed(true);
        kind.setEmptySelectionCaption(getTranslation("postings.all"));
        kind.setItemLabelGenerator(
                value -> value == null ? getTranslation("postings.all") : getTranslation("postings.kind." + value));
        status.setLabel(getTranslation("postings.status"));
        status.setItems(PostingStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("postings.all"));
        status.setItemLabelGenerator(
                value -> value == null ? getTranslation("postings.all") : getTranslation("posting.status." + value));
        text.setLabel(getTranslation("postings.text"));
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        Runnable refresh = () -> {
            grid.getDataProvider().refreshAll();
            count.setText(getTranslation(
                    "postings.count", postings.count(kind.getValue(), status.getValue(), text.getValue())));
        };
        kind.addValueChangeListener(event -> refresh.run());
        status.addValueChangeListener(event -> refresh.run());
        text.addValueChangeListener(event -> refresh.run());

        grid.addColumn(row -> getTranslation("postings.kind." + row.kind()))
                .setHeader(getTranslation("postings.kind"))
                .setAutoWidth(true);
        grid.addColumn(PostingRow::title)
                .setHeader(getTranslation("posting.title"))
                .setFlexGrow(3);
        Grid.Column<PostingRow> organizationColumn = grid.addColumn(row -> row.organizationName()
                        + (row.anonymous() ? " (" + getTranslation("posting.anonymous.short") + ")" : ""))
                .setHeader(getTranslation("postings.organization"))
                .setFlexGrow(2);
        Grid.Column<PostingRow> statusColumn = grid.addColumn(row -> getTranslation("posting.status." + row.status()))
                .setHeader(getTranslation("postings.status"))
                .setAutoWidth(true);
        Grid.Column<PostingRow> updatedColumn = grid.addColumn(
                        row -> Dates.date(getLocale()).format(row.updatedAt()))
                .setHeader(getTranslation("postings.updated"))
                .setAutoWidth(true);
        grid.setItems(query -> postings
                .postings(
                        kind.getValue(),
                        status.getValue(),
                        text.getValue(),
                        PageRequest.of(
                                query.getPage(),
                                query.getPageSize(),
                                Sort.by("updatedAt").descending()))
                .stream());
        grid.addItemClickListener(
                click -> getUI().ifPresent(ui -> ui.navigate(click.getItem().detailsRoute())));
        grid.setSizeFull();
        ScreenWidth.fit(grid, organizationColumn, statusColumn, updatedColumn);

        HorizontalLayout filters = new HorizontalLayout(kind, status, text, count);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(new H2(getTranslation("postings.title")), filters, grid);
        refresh.run();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("postings.title");
    }
}
