package org.marketaccess.portal.need.ui;

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
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.Set;
import org.marketaccess.portal.identity.Roles;
import org.marketaccess.portal.need.NeedService;
import org.marketaccess.portal.need.NeedSummary;
import org.marketaccess.portal.shared.PostingStatus;
import org.marketaccess.portal.shared.ui.ScreenWidth;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/** A startup's own needs, drafts included. */
@Route("needs")
@Menu(title = "nav.my-needs", order = 20, icon = "vaadin:lightbulb")
@RolesAllowed(Roles.STARTUP)
class MyNeedsView extends VerticalLayout implements HasDynamicTitle {

    static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);

    final Select<PostingStatus> status = new Select<>();
    final Grid<NeedSummary> grid = new Grid<>();
    final Button create = new Button();

    MyNeedsView(NeedService needs) {
        setSizeFull();
        status.setLabel(getTranslation("postings.status"));
        status.setItems(PostingStatus.DRAFT, PostingStatus.PUBLISHED, PostingStatus.CLOSED);
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("postings.all"));
        status.setItemLabelGenerator(
                value -> value == null ? getTranslation("postings.all") : getTranslation("posting.status." + value));
        status.addValueChangeListener(event -> grid.getDataProvider().refreshAll());

        create.setText(getTranslation("needs.new"));
        create.setIcon(VaadinIcon.PLUS.create());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(click -> getUI().ifPresent(ui -> ui.navigate(NeedEditorView.class)));

        grid.addColumn(NeedSummary::title)
                .setHeader(getTranslation("posting.title"))
                .setFlexGrow(3);
        grid.addColumn(row -> getTranslation("posting.status." + row.status()))
                .setHeader(getTranslation("postings.status"))
                .setAutoWidth(true);
        Grid.Column<NeedSummary> anonymousColumn = grid.addColumn(
                        row -> row.anonymous() ? getTranslation("yes") : getTranslation("no"))
                .setHeader(getTranslation("posting.anonymous.short"))
                .setAutoWidth(true);
        Grid.Column<NeedSummary> updatedColumn = grid.addColumn(row -> DATE.format(row.updatedAt()))
                .setHeader(getTranslation("postings.updated"))
                .setAutoWidth(true);
        grid.setItems(query -> needs
                .mine(
                        statuses(),
                        PageRequest.of(
                                query.getPage(),
                                query.getPageSize(),
                                Sort.by("updatedAt").descending()))
                .stream());
        grid.setEmptyStateText(getTranslation("needs.none"));
        grid.addItemClickListener(click -> getUI().ifPresent(ui -> ui.navigate(
                click.getItem().status().editable() ? NeedEditorView.class : NeedDetailsView.class,
                click.getItem().id().toString())));
        grid.setSizeFull();
        ScreenWidth.fit(grid, anonymousColumn, updatedColumn);

        HorizontalLayout bar = new HorizontalLayout(status, create);
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(new H2(getTranslation("needs.mine.title")), bar, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("needs.mine.title");
    }

    private Set<PostingStatus> statuses() {
        return status.getValue() == null ? Set.of() : EnumSet.of(status.getValue());
    }
}
