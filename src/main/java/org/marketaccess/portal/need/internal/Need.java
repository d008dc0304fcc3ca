package org.marketaccess.portal.need.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.BatchSize;
import org.marketaccess.portal.need.NeedDraft;
import org.marketaccess.portal.posting.Posting;
import org.marketaccess.portal.shared.TermCode;
import org.marketaccess.portal.shared.TextRules;
import org.marketaccess.portal.taxonomy.TaxonomyKind;

/** A startup's need: a posting with a description and the startup's stage. */
@Entity
@Table(name = "need")
public class Need extends Posting<NeedDraft> {

    private String description;

    private String stage;

    @ElementCollection
    @CollectionTable(name = "need_term", joinColumns = @JoinColumn(name = "need_id"))
    @BatchSize(size = 100)
    private Set<TermCode> terms = new HashSet<>();

    protected Need() {}

    public Need(UUID id, UUID organizationId, String externalId, Instant now) {
        super(id, organizationId, externalId, now);
    }

    @Override
    protected Set<TermCode> terms() {
        return terms;
    }

    @Override
    public void write(NeedDraft draft, Instant now) {
        writeCommon(
                draft.title(),
                draft.anonymous(),
                draft.keptInCluster(),
                Map.of(
                        TaxonomyKind.SOUGHT, draft.sought(),
                        TaxonomyKind.CATEGORY, draft.categories(),
                        TaxonomyKind.CLINICAL_AREA, draft.clinicalAreas(),
                        TaxonomyKind.CARE_SETTING, draft.careSettings(),
                        TaxonomyKind.CERTIFICATION, draft.certifications(),
                        TaxonomyKind.INTEGRATION, draft.integrations(),
                        TaxonomyKind.REGION, draft.regions()),
                now);
        description = draft.description() == null ? "" : draft.description().strip();
        stage = TextRules.clean(draft.stage());
        writeLanguage(draft.language(), description);
    }

    @Override
    public NeedDraft toDraft() {
        return new NeedDraft(
                title(),
                description,
                codes(TaxonomyKind.SOUGHT),
                codes(TaxonomyKind.CATEGORY),
                codes(TaxonomyKind.CLINICAL_AREA),
                codes(TaxonomyKind.CARE_SETTING),
                stage,
                codes(TaxonomyKind.CERTIFICATION),
                codes(TaxonomyKind.INTEGRATION),
                codes(TaxonomyKind.REGION),
                anonymous(),
                keptInCluster(),
                language());
    }

    public String stage() {
        return stage;
    }
}
