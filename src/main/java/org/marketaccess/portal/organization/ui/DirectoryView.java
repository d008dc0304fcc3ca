package org.marketaccess.portal.organization.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.marketaccess.portal.organization.DirectoryEntry;
import org.marketaccess.portal.organization.DirectoryQuery;
import org.marketaccess.portal.organization.DirectoryService;
import org.marketaccess.portal.organization.OrganizationType;
import org.marketaccess.portal.shared.ui.ScreenWidth;
import org.marketaccess.portal.taxonomy.TaxonomyKind;
import org.marketaccess.portal.taxonomy.TaxonomyService;
import org.marketaccess.portal.taxonomy.Term;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/** The public stakeholder directory, readable without a login. */
@Route("directory")
@Menu(title = "nav.directory", order = 70, icon = "vaadin:globe")
@AnonymousAllowed
class DirectoryView extends VerticalLayout implements HasDynamicTitle {

    final TextField search = new TextField();
    final Select<OrganizationType> type = new Select<>();
    final Select<String> region = new Select<>();
    final Grid<DirectoryEntry> grid = new Grid<>();
    final Span count = new Span();
    private final DirectoryService directory;
    private final TaxonomyService taxonomy;

    DirectoryView(DirectoryService directory, TaxonomyService taxonomy) {
        this.directory = directory;
        this.taxonomy = taxonomy;
        setSizeFull();
        addClassName("directory-view");

        search.setPlaceholder(getTranslation("directory.search"));
        search.setAriaLabel(getTranslation("directory.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setMaxLength(200);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        type.setLabel(getTranslation("directory.type"));
        type.setEmptySelectionAllowed(true);
        type.setEmptySelectionCaption(getTranslation("directory.any"));
        type.setItems(OrganizationType.values());
        type.setItemLabelGenerator(value ->
                value == null ? getTranslation("directory.any") : getTranslation("organization.type." + value));
        region.setLabel(getTranslation("directory.region"));
        region.setEmptySelectionAllowed(true);
        region.setEmptySelectionCaption(getTranslation("directory.any"));
        region.setItems(
                taxonomy.terms(TaxonomyKind.REGION).stream().map(Term::code).toList());
        region.setItemLabelGenerator(
                code -> code == null ? getTranslation("directory.any") : taxonomy.label(TaxonomyKind.REGION, code));
        search.addValueChangeListener(event -> refresh());
        type.addValueChangeListener(event -> refresh());
        region.addValueChangeListener(event -> refresh());

        grid.addComponentColumn(this::nameCell)
                .setHeader(getTranslation("directory.organization"))
                .setFlexGrow(2);
        Grid.Column<DirectoryEntry> typeColumn = grid.addColumn(
                        entry -> getTranslation("organization.type." + entry.type()))
                .setHeader(getTranslation("directory.type"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        Grid.Column<DirectoryEntry> regionColumn = grid.addColumn(
                        entry -> taxonomy.label(TaxonomyKind.REGION, entry.region()))
                .setHeader(getTranslation("directory.region"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        Grid.Column<DirectoryEntry> descriptionColumn = grid.addColumn(entry -> abbreviate(entry.description()))
                .setHeader(getTranslation("organization.description"))
                .setFlexGrow(3);
        grid.setItems(query ->
                directory
                        .search(query(), PageRequest.of(query.getPage(), query.getPageSize(), Sort.by("name")))
                        .stream());
        grid.setSizeFull();
        grid.setEmptyStateText(getTranslation("directory.empty"));
        // a phone shows the names; a row opens (a click, or Enter) to all the rest
        ScreenWidth.fit(grid, typeColumn, regionColumn, descriptionColumn);
        grid.setItemDetailsRenderer(new ComponentRenderer<>(this::details));
        grid.setDetailsVisibleOnClick(true);

        HorizontalLayout filters = new HorizontalLayout(search, type, region, count);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        add(new H2(getTranslation("directory.title")), new Paragraph(getTranslation("directory.intro")), filters, grid);
        updateCount();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("directory.title") + " · " + getTranslation("app.name");
    }

    DirectoryQuery query() {
        return new DirectoryQuery(search.getValue(), type.getValue(), region.getValue());
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
        updateCount();
    }

    private void updateCount() {
        count.setText(getTranslation("directory.count", directory.count(query())));
    }

    private Div nameCell(DirectoryEntry entry) {
        Div cell = new Div(new Span(entry.name()));
        cell.addClassName("directory-name");
        if (entry.website() != null) {
            Anchor link = new Anchor(entry.website(), entry.website().replaceFirst("^https?://", ""));
            link.setTarget("_blank");
            link.getElement().setAttribute("rel", "noopener noreferrer nofollow");
            cell.add(new Div(link));
        }
        return cell;
    }

    private Div details(DirectoryEntry entry) {
        Span kind = new Span(getTranslation("organization.type." + entry.type()) + " · "
                + taxonomy.label(TaxonomyKind.REGION, entry.region()));
        kind.addClassName("directory-kind");
        Paragraph description = new Paragraph(entry.description());
        description.addClassName("prose");
        Div details = new Div(kind, description);
        details.addClassName("directory-details");
        return details;
    }

    private static String abbreviate(String text) {
        return text.length() <= 220 ? text : text.substring(0, 217) + "…";
    }
}
