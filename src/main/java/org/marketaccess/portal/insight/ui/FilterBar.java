package org.marketaccess.portal.insight.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.binder.Binder;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.marketaccess.portal.cluster.Cluster;
import org.marketaccess.portal.insight.InsightFilter;
import org.marketaccess.portal.insight.InsightService.OrganizationChoice;
import org.marketaccess.portal.organization.OrganizationId;
import org.marketaccess.portal.organization.OrganizationType;
import org.marketaccess.portal.taxonomy.Term;

/**
 * The dashboard's period and filters, bound with a {@link Binder} to a {@link Form}; tells the view
 * each valid change as an {@link InsightFilter}. A custom period shows its two dates.
 */
class FilterBar extends Composite<FlexLayout> {

    /** The periods one picks from; CUSTOM opens the two dates. */
    enum Period {
        LAST_30(30),
        LAST_90(90),
        LAST_365(365),
        CUSTOM(0);

        final int days;

        Period(int days) {
            this.days = days;
        }
    }

    /** What the fields edit. */
    static final class Form {
        Period period = Period.LAST_90;
        LocalDate from;
        LocalDate to;
        Term region;
        Term category;
        Term clinicalArea;
        OrganizationType requester;
        OrganizationChoice organization;
        String cluster;
    }

    final Select<Period> period = new Select<>();
    final DatePicker from = new DatePicker();
    final DatePicker to = new DatePicker();
    final ComboBox<Term> region = new ComboBox<>();
    final ComboBox<Term> category = new ComboBox<>();
    final ComboBox<Term> clinicalArea = new ComboBox<>();
    final Select<OrganizationType> requester = new Select<>();
    final ComboBox<OrganizationChoice> organization = new ComboBox<>();
    /** One of the manager's clusters, or none for all of them (decision 028). */
    final Select<String> cluster = new Select<>();

    private final Binder<Form> binder = new Binder<>();
    private final Form form = new Form();
    private final Consumer<InsightFilter> changed;
    private final LocalDate today;

    FilterBar(
            LocalDate today,
            List<Term> regions,
            List<Term> categories,
            List<Term> clinicalAreas,
            List<OrganizationChoice> organizations,
            List<Cluster> clusters,
            Consumer<InsightFilter> changed) {
        this.today = today;
        this.changed = changed;
        getContent().addClassName("insight-filters");
        getContent().setFlexWrap(FlexLayout.FlexWrap.WRAP);

        period.setLabel(getTranslation("insight.filter.period"));
        period.setItems(Period.values());
        period.setItemLabelGenerator(value -> getTranslation("insight.period." + value.name()));
        from.setLabel(getTranslation("insight.filter.from"));
        to.setLabel(getTranslation("insight.filter.to"));
        from.setMax(today);
        to.setMax(today);
        terms(region, "insight.filter.region", regions);
        terms(category, "insight.filter.category", categories);
        terms(clinicalArea, "insight.filter.clinical-area", clinicalAreas);
        requester.setLabel(getTranslation("insight.filter.requester"));
        requester.setItems(OrganizationType.values());
        requester.setEmptySelectionAllowed(true);
        requester.setEmptySelectionCaption(getTranslation("insight.filter.anyone"));
        requester.setItemLabelGenerator(type ->
                type == null ? getTranslation("insight.filter.anyone") : getTranslation("insight.requester." + type));
        cluster.setLabel(getTranslation("insight.filter.cluster"));
        cluster.setItems(clusters.stream().map(Cluster::code).toList());
        cluster.setEmptySelectionAllowed(true);
        cluster.setEmptySelectionCaption(getTranslation("insight.filter.cluster.all"));
        cluster.setItemLabelGenerator(code -> code == null
                ? getTranslation("insight.filter.cluster.all")
                : clusters.stream()
                        .filter(found -> found.code().equals(code))
                        .map(found -> found.name(getLocale()))
                        .findFirst()
                        .orElse(code));
        organization.setLabel(getTranslation("insight.filter.organization"));
        organization.setItems(organizations);
        organization.setItemLabelGenerator(OrganizationChoice::name);
        organization.setClearButtonVisible(true);
        organization.setPlaceholder(getTranslation("insight.filter.any"));

        binder.forField(period).bind(f -> f.period, (f, value) -> f.period = value);
        binder.forField(from)
                .withValidator(
                        value -> form.period != Period.CUSTOM || value != null,
                        getTranslation("insight.filter.from.required"))
                .bind(f -> f.from, (f, value) -> f.from = value);
        binder.forField(to)
                .withValidator(
                        value -> form.period != Period.CUSTOM || value != null,
                        getTranslation("insight.filter.to.required"))
                .withValidator(
                        value -> value == null || from.getValue() == null || !value.isBefore(from.getValue()),
                        getTranslation("insight.filter.to.before-from"))
                .bind(f -> f.to, (f, value) -> f.to = value);
        binder.forField(region).bind(f -> f.region, (f, value) -> f.region = value);
        binder.forField(category).bind(f -> f.category, (f, value) -> f.category = value);
        binder.forField(clinicalArea).bind(f -> f.clinicalArea, (f, value) -> f.clinicalArea = value);
        binder.forField(requester).bind(f -> f.requester, (f, value) -> f.requester = value);
        binder.forField(organization).bind(f -> f.organization, (f, value) -> f.organization = value);
        binder.forField(cluster).bind(f -> f.cluster, (f, value) -> f.cluster = value);
        binder.setBean(form);
        binder.addValueChangeListener(change -> {
            boolean custom = form.period == Period.CUSTOM;
            from.setVisible(custom);
            to.setVisible(custom);
            if (binder.validate().isOk()) {
                changed.accept(filter());
            }
        });
        from.setVisible(false);
        to.setVisible(false);
        getContent().add(period, from, to, cluster, region, category, clinicalArea, requester, organization);
    }

    /** The filter the fields show now. */
    InsightFilter filter() {
        LocalDate start = form.period == Period.CUSTOM ? form.from : today.minusDays(form.period.days - 1L);
        LocalDate end = form.period == Period.CUSTOM ? form.to : today;
        return new InsightFilter(
                start,
                end,
                code(form.region),
                code(form.category),
                code(form.clinicalArea),
                form.requester,
                form.organization == null ? null : new OrganizationId(form.organization.id()),
                form.cluster);
    }

    /** Narrows the dashboard to one organization (a click on a responder). */
    void showOrganization(OrganizationChoice choice) {
        organization.setValue(choice);
    }

    private void terms(ComboBox<Term> field, String labelKey, List<Term> terms) {
        field.setLabel(getTranslation(labelKey));
        field.setItems(terms);
        field.setItemLabelGenerator(term -> term.label(getLocale()));
        field.setClearButtonVisible(true);
        field.setPlaceholder(getTranslation("insight.filter.any"));
    }

    private static String code(Term term) {
        return term == null ? null : term.code();
    }
}
