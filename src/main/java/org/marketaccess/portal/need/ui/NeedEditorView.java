package org.marketaccess.portal.need.ui;

import static org.marketaccess.portal.posting.ui.PostingForm.TaxonomyField.one;
import static org.marketaccess.portal.posting.ui.PostingForm.TaxonomyField.several;

import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.marketaccess.portal.identity.Roles;
import org.marketaccess.portal.need.NeedDetails;
import org.marketaccess.portal.need.NeedDraft;
import org.marketaccess.portal.need.NeedId;
import org.marketaccess.portal.need.NeedService;
import org.marketaccess.portal.organization.OrganizationService;
import org.marketaccess.portal.posting.ui.PostingEditor;
import org.marketaccess.portal.posting.ui.PostingForm;
import org.marketaccess.portal.posting.ui.PostingForm.TaxonomyField;
import org.marketaccess.portal.taxonomy.TaxonomyKind;
import org.marketaccess.portal.taxonomy.TaxonomyService;

/** Writes a new need or changes one of the startup's own: save as draft, publish, close. */
@Route("needs/edit")
@RolesAllowed(Roles.STARTUP)
class NeedEditorView extends PostingEditor<NeedId, NeedDraft, NeedDetails> {

    private static final List<TaxonomyField> TAXONOMY = List.of(
            several("sought", TaxonomyKind.SOUGHT, "need.sought"),
            one("stage", TaxonomyKind.STAGE, "need.stage"),
            several("categories", TaxonomyKind.CATEGORY, "posting.categories"),
            several("clinicalAreas", TaxonomyKind.CLINICAL_AREA, "posting.clinical-areas"),
            several("careSettings", TaxonomyKind.CARE_SETTING, "posting.care-settings"),
            several("regions", TaxonomyKind.REGION, "need.regions"),
            several("certifications", TaxonomyKind.CERTIFICATION, "need.certifications"),
            several("integrations", TaxonomyKind.INTEGRATION, "need.integrations"));

    final TextArea description = form.prose("description", "need.description");
    final MultiSelectComboBox<String> sought = form.several("sought");
    final MultiSelectComboBox<String> categories = form.several("categories");
    final MultiSelectComboBox<String> clinicalAreas = form.several("clinicalAreas");
    final MultiSelectComboBox<String> careSettings = form.several("careSettings");
    final MultiSelectComboBox<String> regions = form.several("regions");
    final Select<String> stage = form.one("stage");
    final Select<String> language = form.language(description);

    NeedEditorView(NeedService needs, TaxonomyService taxonomy, OrganizationService organizations) {
        super(
                "needs",
                new PostingForm<>(NeedDraft.class, taxonomy, TAXONOMY),
                new Commands<>(NeedId::parse, needs::find, needs::create, needs::update, needs::publish, needs::close),
                organizations);
        description.setHelperText(getTranslation("need.description.help"));
        description.setMinHeight("12em");
    }
}
