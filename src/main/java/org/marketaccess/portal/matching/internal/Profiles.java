package org.marketaccess.portal.matching.internal;

import org.marketaccess.portal.need.NeedDraft;
import org.marketaccess.portal.need.NeedForMatching;
import org.marketaccess.portal.opportunity.OpportunityDraft;
import org.marketaccess.portal.opportunity.OpportunityForMatching;
import org.marketaccess.portal.organization.OrganizationId;
import org.marketaccess.portal.posting.PostingLanguage;
import org.marketaccess.portal.search.NeedProfile;
import org.marketaccess.portal.search.OpportunityProfile;
import org.marketaccess.portal.search.PostingMeta;

/** Postings as the ranking knows them. */
public final class Profiles {

    private Profiles() {}

    public static NeedProfile need(NeedForMatching need) {
        return need(need.id().toString(), need.organizationId(), need.content());
    }

    public static OpportunityProfile opportunity(OpportunityForMatching opportunity) {
        return opportunity(opportunity.id().toString(), opportunity.organizationId(), opportunity.content());
    }

    public static PostingMeta meta(NeedForMatching need) {
        return new PostingMeta(need.version(), need.publishedAt(), null);
    }

    public static PostingMeta meta(OpportunityForMatching opportunity) {
        return new PostingMeta(
                opportunity.version(),
                opportunity.publishedAt(),
                opportunity.content().responseDeadline());
    }

    public static NeedProfile need(String id, OrganizationId organization, NeedDraft need) {
        return new NeedProfile(
                id,
                organization == null ? null : organization.toString(),
                need.title(),
                need.description(),
                need.sought(),
                need.categories(),
                need.clinicalAreas(),
                need.careSettings(),
                need.stage(),
                need.certifications(),
                need.integrations(),
                need.regions(),
                PostingLanguage.ofCode(need.language()));
    }

    public static OpportunityProfile opportunity(String id, OrganizationId organization, OpportunityDraft opportunity) {
        return new OpportunityProfile(
                id,
                organization == null ? null : organization.toString(),
                opportunity.title(),
                opportunity.problemStatement(),
                opportunity.desiredOutcomes(),
                opportunity.categories(),
                opportunity.clinicalAreas(),
                opportunity.careSettings(),
                opportunity.requiredCertifications(),
                opportunity.requiredIntegrations(),
                opportunity.minimumStage(),
                opportunity.region(),
                PostingLanguage.ofCode(opportunity.language()));
    }
}
