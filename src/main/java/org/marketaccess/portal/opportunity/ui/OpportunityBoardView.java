package org.marketaccess.portal.opportunity.ui;

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
import org.marketaccess.portal.opportunity.OpportunityService;
import org.marketaccess.portal.opportunity.OpportunitySummary;
import org.marketaccess.portal.shared.ui.TermFields;
import org.marketaccess.portal.taxonomy.TaxonomyKind;
import org.marketaccess.portal.taxonomy.TaxonomyService;
import org.marketaccess.portal.taxonomy.Term;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/** Startups browse the pilot opportunities still offered by providers. */
@Route("pilot-opportunities")
@Menu(title = "nav.opportunity-board", order = 31, icon = "vaadin:hospital")
@RolesAllowed({Roles.STARTUP, Roles.PROGRAM_MANAGER})
class OpportunityBoardView extends VerticalLayout implements HasDynamicTitle {

    final TextField text = new TextField();
    final Select<String> category;
    final Grid<OpportunitySummary> grid = new Grid<>();

    OpportunityBoardView(OpportunityService opportunities, TaxonomyService taxonomy) {
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

        grid.addColumn(OpportunitySummary::title)
                .setHeader(getTranslation("posting.title"))
                .setFlexGrow(3);
        grid.addColumn(row -> row.organizationName() == null
                        ? getTranslation("opportunity.anonymous-provider")
                        : row.organizationName())
                .setHeader(getTranslation("opportunity.provider"))
                .setAutoWidth(true);
        grid.addColumn(row -> taxonomy.label(TaxonomyKind.REGION, row.region()))
                .setHeader(getTranslation("opportunity.region"))
                .setAutoWidth(true);
        grid.addColumn(row -> row.responseDeadline() == null
                        ? ""
                        : row.responseDeadline().toString())
                .setHeader(getTranslation("opportunity.responseDeadline"))
                .setAutoWidth(true);
        grid.setItems(query -> opportunities
                .offered(
                        text.getValue(),
                        TaxonomyKind.CATEGORY,
                        category.getValue(),
                        PageRequest.of(
                                query.getPage(),
                                query.getPageSize(),
                                Sort.by("responseDeadline").ascending()))
                .stream());
        grid.setEmptyStateText(getTranslation("board.empty"));
        grid.addItemClickListener(click -> getUI().ifPresent(ui ->
                ui.navigate(OpportunityDetailsView.class, click.getItem().id().toString())));
        grid.setSizeFull();

        HorizontalLayout filters = new HorizontalLayout(text, category);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(
                new H2(getTranslation("opportunities.board.title")),
                new Paragraph(getTranslation("opportunities.board.intro")),
                filters,
                grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("opportunities.board.title");
    }
}
