package org.marketaccess.portal.audit.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.function.ValueProvider;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadEvent;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.marketaccess.portal.audit.AuditEntry;
import org.marketaccess.portal.audit.AuditFilter;
import org.marketaccess.portal.audit.AuditService;
import org.marketaccess.portal.identity.Roles;
import org.marketaccess.portal.shared.InvalidInputException;
import org.marketaccess.portal.shared.ui.Facts;
import org.marketaccess.portal.shared.ui.FieldErrors;
import org.marketaccess.portal.shared.ui.ScreenWidth;
import org.springframework.data.domain.PageRequest;

/**
 * The program reads the audit trail: who did what, when, to which subject, and why; filtered, and
 * downloadable as CSV with exactly the filter on screen.
 */
@Route("audit")
@Menu(title = "nav.audit", order = 65, icon = "vaadin:clipboard-text")
@RolesAllowed(Roles.PROGRAM_MANAGER)
class AuditTrailView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

    final TextField actor = new TextField();
    final ComboBox<String> action = new ComboBox<>();
    final Select<String> subjectType = new Select<>();
    final TextField subjectId = new TextField();
    final DatePicker from = new DatePicker();
    final DatePicker to = new DatePicker();
    final Span count = new Span();
    final Anchor download;
    final Grid<AuditEntry> grid = new Grid<>();

    private final AuditService audit;
    private final FieldErrors errors = new FieldErrors(this);

    /**
     * The filter the grid shows. The download reads it from the request thread, without the
     * session lock, so it never reads the fields themselves.
     */
    private volatile AuditFilter shown = AuditFilter.none();

    AuditTrailView(AuditService audit) {
        this.audit = audit;
        setSizeFull();

        actor.setLabel(getTranslation("audit.who"));
        actor.setClearButtonVisible(true);
        actor.setValueChangeMode(ValueChangeMode.LAZY);
        action.setLabel(getTranslation("audit.action"));
        action.setItems(audit.actions());
        action.setItemLabelGenerator(this::actionLabel);
        action.setClearButtonVisible(true);
        action.setPlaceholder(getTranslation("audit.any"));
        subjectType.setLabel(getTranslation("audit.subject-type"));
        subjectType.setItems(audit.subjectTypes());
        subjectType.setItemLabelGenerator(
                type -> type == null ? getTranslation("audit.any") : getTranslation("audit.subject." + type));
        subjectType.setEmptySelectionAllowed(true);
        subjectType.setEmptySelectionCaption(getTranslation("audit.any"));
        subjectId.setLabel(getTranslation("audit.subject-id"));
        subjectId.setClearButtonVisible(true);
        subjectId.setValueChangeMode(ValueChangeMode.LAZY);
        from.setLabel(getTranslation("audit.from"));
        from.setClearButtonVisible(true);
        to.setLabel(getTranslation("audit.to"));
        to.setClearButtonVisible(true);
        errors.field("from", from).field("to", to);
        actor.addValueChangeListener(event -> apply());
        action.addValueChangeListener(event -> apply());
        subjectType.addValueChangeListener(event -> apply());
        subjectId.addValueChangeListener(event -> apply());
        from.addValueChangeListener(event -> apply());
        to.addValueChangeListener(event -> apply());

        column(entry -> TIME.format(entry.occurredAt()), "audit.when");
        var who = column(AuditEntry::actor, "audit.who");
        column(entry -> actionLabel(entry.action()), "audit.action");
        column(this::subject, "audit.subject");
        var before = column(AuditEntry::before, "audit.before");
        var after = column(AuditEntry::after, "audit.after");
        var reason = column(AuditEntry::reason, "audit.reason");
        var details = column(AuditEntry::details, "audit.details");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        // a phone shows when, what and to what; a row opens to the rest
        ScreenWidth.fit(grid, who, before, after, reason, details);
        grid.setItemDetailsRenderer(new ComponentRenderer<>(this::entryDetails));
        grid.setDetailsVisibleOnClick(true);
        grid.setItems(
                query -> audit.search(shown, PageRequest.of(query.getPage(), query.getPageSize())).stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, audit.count(shown)));
        grid.setSizeFull();

        download = new Anchor(this::export, getTranslation("audit.download"));
        download.setId("audit-download");
        count.setId("audit-count");

        HorizontalLayout filters = new HorizontalLayout(actor, action, subjectType, subjectId, from, to);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        HorizontalLayout summary = new HorizontalLayout(count, download);
        summary.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(
                new H2(getTranslation("audit.title")),
                new Paragraph(getTranslation("audit.intro")),
                filters,
                summary,
                grid);
        showCount(audit.count(shown));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.title");
    }

    /** Shows the fields' filter, or, when the service refuses it, says why and keeps what is shown. */
    private void apply() {
        AuditFilter filter = new AuditFilter(
                actor.getValue(),
                action.getValue(),
                subjectType.getValue(),
                subjectId.getValue(),
                from.getValue(),
                to.getValue());
        long matching;
        try {
            matching = audit.count(filter);
        } catch (InvalidInputException invalid) {
            String unplaced = errors.show(invalid.fieldErrors());
            if (unplaced != null) {
                Notification.show(unplaced, 5000, Notification.Position.MIDDLE)
                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
            return;
        }
        errors.clear();
        shown = filter;
        showCount(matching);
        grid.getDataProvider().refreshAll();
    }

    private void showCount(long matching) {
        count.setText(getTranslation("audit.count", matching));
    }

    /** Streams the CSV straight into the response; the service reads the trail page by page. */
    void export(DownloadEvent event) throws IOException {
        event.setFileName("audit-trail-" + LocalDate.now(ZoneOffset.UTC) + ".csv");
        event.setContentType("text/csv; charset=UTF-8");
        try (OutputStream out = event.getOutputStream()) {
            audit.exportCsv(shown, out);
        }
    }

    /** An action as people say it ("Logged in"); a code the translations do not know stays as it is. */
    String actionLabel(String code) {
        String key = "audit.action." + code;
        String label = getTranslation(key);
        return label.equals(key) || label.startsWith("!") ? code : label;
    }

    /** Everything about one entry, each part under its column's name. */
    private Div entryDetails(AuditEntry entry) {
        Div details = new Div();
        details.addClassName("audit-entry");
        details.add(Facts.text(this, "audit.who", entry.actor()));
        if (entry.before() != null || entry.after() != null) {
            details.add(
                    Facts.text(this, "audit.before", entry.before()), Facts.text(this, "audit.after", entry.after()));
        }
        if (entry.reason() != null) {
            details.add(Facts.text(this, "audit.reason", entry.reason()));
        }
        if (entry.details() != null) {
            details.add(Facts.text(this, "audit.details", entry.details()));
        }
        return details;
    }

    /** The subject's kind and name ("Organization: HeartLoop Health"), or its id when it is gone. */
    String subject(AuditEntry entry) {
        if (entry.subjectType() == null) {
            return "";
        }
        String kind = getTranslation("audit.subject." + entry.subjectType());
        String name = entry.subjectName() != null ? entry.subjectName() : entry.subjectId();
        return name == null ? kind : kind + ": " + name;
    }

    private Grid.Column<AuditEntry> column(ValueProvider<AuditEntry, String> value, String headerKey) {
        return grid.addColumn(value)
                .setHeader(getTranslation(headerKey))
                .setTooltipGenerator(value::apply)
                .setAutoWidth(true)
                .setResizable(true);
    }
}
