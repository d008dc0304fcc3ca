package org.marketaccess.portal.need.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
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
import org.marketaccess.portal.need.NeedService;
import org.marketaccess.portal.need.NeedSummary;
import org.marketaccess.portal.shared.ui.TermFields;
import org.marketaccess.portal.taxonomy.TaxonomyKind;
import org.marketaccess.portal.taxonomy.TaxonomyService;
import org.marketaccess.portal.taxonomy.Term;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/** Providers browse the published needs of startups. */
@Route("innovation-needs")
@Menu(title = "nav.need-board", order = 30, icon = "vaadin:rocket")
@RolesAllowed({Roles.PROVIDER, Roles.PROGRAM_MANAGER})
class NeedBoardView extends VerticalLayout implements HasDynamicTitle {

    final TextField text = new TextField();
    final Select<String> category;
    final Grid<NeedSummary> grid = new Grid<>();

    NeedBoardView(NeedService needs, TaxonomyService taxonomy) {
        setSizeFull();
        text.setPlaceholder(getTranslation("board.search"));
        text.setAriaLabel(getTranslation("board.search"));
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        text.setClearButtonVisible(true);
        text.setMaxLength(200);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        category = TermFields.single(
                getTranslation("posting.category"),
                taxonomy.terms(TaxonomyKind.CATEGORY).stream().map(Term::code).toList(),
                code -> taxonomy.label(TaxonomyKind.CATEGORY, code),
                getTranslation("postings.all"));
        text.addValueChangeListener(event -> grid.getDataProvider().refreshAll());
        category.addValueChangeListener(event -> grid.getDataProvider().refreshAll());

        grid.addColumn(NeedSummary::title)
                .setHeader(getTranslation("posting.title"))
                .setFlexGrow(3);
        grid.addColumn(row -> row.organizationName() == null
                        ? getTranslation("need.anonymous-startup")
                        : row.organizationName())
                .setHeader(getTranslation("need.startup"))
                .setAutoWidth(true);
        grid.addColumn(row -> row.stage() == null ? "" : taxonomy.label(TaxonomyKind.STAGE, row.stage()))
                .setHeader(getTranslation("need.stage"))
                .setAutoWidth(true);
        grid.setItems(query -> needs
                .published(
                        text.getValue(),
                        TaxonomyKind.CATEGORY,
                        category.getValue(),
                        PageRequest.of(
                                query.getPage(),
                                query.getPageSize(),
                                Sort.by("publishedAt").descending()))
                .stream());
        grid.setEmptyStateText(getTranslation("board.empty"));
        grid.addItemClickListener(click -> getUI().ifPresent(ui ->
                ui.navigate(NeedDetailsView.class, click.getItem().id().toString())));
        grid.setSizeFull();

        HorizontalLayout filters = new HorizontalLayout(text, category);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(
                new H2(getTranslation("needs.board.title")),
                new Paragraph(getTranslation("needs.board.intro")),
                filters,
                grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("needs.board.title");
    }
}
