package org.marketaccess.portal.dataset;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The records of a data set as read, each with its file line. Optional fields may be null. */
public final class DatasetRecords {

    private DatasetRecords() {}

    public record Contact(String name, String email, String phone) {}

    public record OrganizationRecord(
            int line,
            String id,
            String type,
            String name,
            String description,
            String region,
            String website,
            Contact contact,
            boolean listedInDirectory,
            String cluster) {}

    public record NeedRecord(
            int line,
            String id,
            String organizationId,
            String title,
            String description,
            List<String> sought,
            List<String> categories,
            List<String> clinicalAreas,
            List<String> careSettings,
            String stage,
            List<String> certifications,
            List<String> integrations,
            List<String> regions,
            boolean anonymous,
            boolean keptInCluster) {}

    public record OpportunityRecord(
            int line,
            String id,
            String organizationId,
            String title,
            String description,
            String desiredOutcomes,
            List<String> categories,
            List<String> clinicalAreas,
            List<String> careSettings,
            List<String> requiredCertifications,
            List<String> requiredIntegrations,
            String minimumStage,
            String region,
            String budgetBand,
            String timeline,
            LocalDate responseDeadline,
            boolean anonymous,
            boolean keptInCluster) {}

    /**
     * A past introduction: {@code requester} is "startup" or "provider", {@code steps} what happened
     * after the request, in order. {@code matchScore} may be null.
     */
    public record IntroductionRecord(
            int line,
            String id,
            String needId,
            String opportunityId,
            String requester,
            String message,
            Instant requestedAt,
            Double matchScore,
            List<StepRecord> steps) {}

    /** One step: e.g. {@code {"step": "declined-by-program", "at": "2026-03-02T10:00:00Z", "reason": "too-early"}}. */
    public record StepRecord(String step, Instant at, String reason, String note) {}
}
