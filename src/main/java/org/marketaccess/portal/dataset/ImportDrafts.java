package org.marketaccess.portal.dataset;

import org.marketaccess.portal.dataset.DatasetRecords.NeedRecord;
import org.marketaccess.portal.dataset.DatasetRecords.OpportunityRecord;
import org.marketaccess.portal.dataset.DatasetRecords.OrganizationRecord;
import org.marketaccess.portal.need.NeedDraft;
import org.marketaccess.portal.opportunity.OpportunityDraft;
import org.marketaccess.portal.organization.ContactPersonData;
import org.marketaccess.portal.organization.ImportedOrganization;
import org.marketaccess.portal.organization.OrganizationType;

/** A data set's records as the feature services take them. */
final class ImportDrafts {

    private ImportDrafts() {}

    static ImportedOrganization organization(OrganizationRecord record) {
        ContactPersonData contact = record.contact() == null
                ? null
                : new ContactPersonData(
                        record.contact().name(),
                        record.contact().email(),
                        record.contact().phone());
        OrganizationType type = "startup".equals(record.type()) ? OrganizationType.STARTUP : OrganizationType.PROVIDER;
        return new ImportedOrganization(
                record.id(),
                type,
                record.name(),
                record.description(),
                record.region(),
                record.website(),
                contact,
                record.listedInDirectory(),
                record.cluster());
    }

    static NeedDraft need(NeedRecord record) {
        return new NeedDraft(
                record.title(),
                record.description(),
                record.sought(),
                record.categories(),
                record.clinicalAreas(),
                record.careSettings(),
                record.stage(),
                record.certifications(),
                record.integrations(),
                record.regions(),
                record.anonymous(),
                record.keptInCluster(),
                null);
    }

    static OpportunityDraft opportunity(OpportunityRecord record, String region) {
        return new OpportunityDraft(
                record.title(),
                record.description(),
                record.desiredOutcomes(),
                record.categories(),
                record.clinicalAreas(),
                record.careSettings(),
                record.requiredCertifications(),
                record.requiredIntegrations(),
                record.minimumStage(),
                region,
                record.budgetBand(),
                record.timeline(),
                record.responseDeadline(),
                record.anonymous(),
                record.keptInCluster(),
                null);
    }
}
