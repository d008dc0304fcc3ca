package org.marketaccess.portal.opportunity.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.BatchSize;
import org.marketaccess.portal.opportunity.OpportunityDraft;
import org.marketaccess.portal.posting.Posting;
import org.marketaccess.portal.posting.PostingLifecycle;
import org.marketaccess.portal.shared.PostingStatus;
import org.marketaccess.portal.shared.TermCode;
import org.marketaccess.portal.shared.TextRules;
import org.marketaccess.portal.taxonomy.TaxonomyKind;

/**
 * A provider's pilot opportunity: a posting with a problem, outcomes, requirements, one region and
 * a response deadline; it may end awarded.
 */
@Entity
@Table(name = "opportunity")
public class Opportunity extends Posting<OpportunityDraft> {

    private String problemStatement;

    private String desiredOutcomes;

    private String minimumStage;

    private String region;

    private String budgetBand;

    private String timeline;

    private LocalDate responseDeadline;

    @ElementCollection
    @CollectionTable(name = "opportunity_term", joinColumns = @JoinColumn(name = "opportunity_id"))
    @BatchSize(size = 100)
    private Set<TermCode> terms = new HashSet<>();

    protected Opportunity() {}

    public Opportunity(UUID id, UUID organizationId, String externalId, Instant now) {
        super(id, organizationId, externalId, now);
    }

    @Override
    protected Set<TermCode> terms() {
        return terms;
    }

    @Override
    public void write(OpportunityDraft draft, Instant now) {
        writeCommon(
                draft.title(),
                draft.anonymous(),
                draft.keptInCluster(),
                Map.of(
                        TaxonomyKind.CATEGORY, draft.categories(),
                        TaxonomyKind.CLINICAL_AREA, draft.clinicalAreas(),
                        TaxonomyKind.CARE_SETTING, draft.careSettings(),
                        TaxonomyKind.CERTIFICATION, draft.requiredCertifications(),
                        TaxonomyKind.INTEGRATION, draft.requiredIntegrations()),
                now);
        problemStatement =
                draft.problemStatement() == null ? "" : draft.problemStatement().strip();
        desiredOutcomes = TextRules.clean(draft.desiredOutcomes());
        minimumStage = TextRules.clean(draft.minimumStage());
        region = draft.region();
        budgetBand = TextRules.clean(draft.budgetBand());
        timeline = TextRules.clean(draft.timeline());
        responseDeadline = draft.responseDeadline();
        writeLanguage(draft.language(), problemStatement + "\n" + (desiredOutcomes == null ? "" : desiredOutcomes));
    }

    /** @return the status before */
    public PostingStatus award(Instant now) {
        return move(PostingLifecycle.award(status()), now);
    }

    /** Offered to startups: published and its response deadline, if any, not yet passed. */
    public boolean offeredOn(LocalDate today) {
        return status() == PostingStatus.PUBLISHED && (responseDeadline == null || !responseDeadline.isBefore(today));
    }

    @Override
    public OpportunityDraft toDraft() {
        return new OpportunityDraft(
                title(),
                problemStatement,
                desiredOutcomes,
                codes(TaxonomyKind.CATEGORY),
                codes(TaxonomyKind.CLINICAL_AREA),
                codes(TaxonomyKind.CARE_SETTING),
                codes(TaxonomyKind.CERTIFICATION),
                codes(TaxonomyKind.INTEGRATION),
                minimumStage,
                region,
                budgetBand,
                timeline,
                responseDeadline,
                anonymous(),
                keptInCluster(),
                language());
    }

    public String region() {
        return region;
    }

    public LocalDate responseDeadline() {
        return responseDeadline;
    }
}
