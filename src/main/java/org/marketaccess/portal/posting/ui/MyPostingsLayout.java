package org.marketaccess.portal.posting.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.function.SerializableBiFunction;
import com.vaadin.flow.function.SerializableFunction;
import com.vaadin.flow.function.ValueProvider;
import com.vaadin.flow.router.HasDynamicTitle;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.marketaccess.portal.posting.PostingSummary;
import org.marketaccess.portal.shared.PostingStatus;
import org.marketaccess.portal.shared.ui.Dates;
import org.marketaccess.portal.shared.ui.ScreenWidth;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * A member's own postings of one kind, drafts included, newest change first: a status filter, a
 * "New" button and a grid whose rows open the editor while the posting is editable, its page once
 * it has ended. The kind gives its words, routes and any columns of its own.
 */
public abstract class MyPostingsLayout<S extends PostingSummary> extends VerticalLayout implements HasDynamicTitle {

    /**
     * The words and routes of a kind: {@code path} lists them, {@code path/edit} and {@code path/view}
     * show one; the translation keys {@code path.mine.title}, {@code path.new} and {@code path.none}.
     */
    public record Kind(String path, List<PostingStatus> statuses) {}

    /** A column of the kind's own, shown after the status and hidden on phones. */
    public record Column<S>(String headerKey, ValueProvider<S, String> value) {}

    protected final Select<PostingStatus> status = new Select<>();
    protected final Grid<S> grid = new Grid<>();
    protected final Button create = new Button();
    private final Kind kind;

    /**
     * @param mine the signed-in member's postings of the kind with these statuses (empty: all)
     * @param statusKey the translation key of a row's status as its owner reads it
     */
    protected MyPostingsLayout(
            Kind kind,
            SerializableBiFunction<Set<PostingStatus>, Pageable, Page<S>> mine,
            SerializableFunction<S, String> statusKey,
            List<Column<S>> columns) {
        this.kind = kind;
        setSizeFull();
        status.setLabel(getTranslation("postings.status"));
        status.setItems(kind.statuses());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("postings.all"));
        status.setItemLabelGenerator(
                value -> value == null ? getTranslation("postings.all") : getTranslation("posting.status." + value));
        status.addValueChangeListener(event -> grid.getDataProvider().refreshAll());

        create.setText(getTranslation(kind.path() + ".new"));
        create.setIcon(VaadinIcon.PLUS.create());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(click -> getUI().ifPresent(ui -> ui.navigate(kind.path() + "/edit")));

        grid.addColumn(PostingSummary::title)
                .setHeader(getTranslation("posting.title"))
                .setFlexGrow(3);
        grid.addColumn(row -> getTranslation(statusKey.apply(row)))
                .setHeader(getTranslation("postings.status"))
                .setAutoWidth(true);
        List<Grid.Column<S>> secondary = new ArrayList<>();
        for (Column<S> column : columns) {
            secondary.add(grid.addColumn(column.value())
                    .setHeader(getTranslation(column.headerKey()))
                    .setAutoWidth(true));
        }
        secondary.add(grid.addColumn(row -> row.anonymous() ? getTranslation("yes") : getTranslation("no"))
                .setHeader(getTranslation("posting.anonymous.short"))
                .setAutoWidth(true));
        secondary.add(grid.addColumn(row -> Dates.date(getLocale()).format(row.updatedAt()))
                .setHeader(getTranslation("postings.updated"))
                .setAutoWidth(true));
        grid.setItems(query -> mine
                .apply(
                        statuses(),
                        PageRequest.of(
                                query.getPage(),
                                query.getPageSize(),
                                Sort.by("updatedAt").descending()))
                .stream());
        grid.setEmptyStateText(getTranslation(kind.path() + ".none"));
        grid.addItemClickListener(click -> getUI().ifPresent(ui -> ui.navigate(kind.path()
                + (click.getItem().status().editable() ? "/edit/" : "/view/")
                + click.getItem().postingId())));
        grid.setSizeFull();
        ScreenWidth.fit(grid, secondary.toArray(Grid.Column[]::new));

        HorizontalLayout bar = new HorizontalLayout(status, create);
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(new H2(getTranslation(kind.path() + ".mine.title")), bar, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation(kind.path() + ".mine.title");
    }

    private Set<PostingStatus> statuses() {
        return status.getValue() == null ? Set.of() : EnumSet.of(status.getValue());
    }
}
