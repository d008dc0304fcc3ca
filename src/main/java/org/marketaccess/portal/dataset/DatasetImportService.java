package org.marketaccess.portal.dataset;

import jakarta.annotation.security.RolesAllowed;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.marketaccess.portal.cluster.ClusterService;
import org.marketaccess.portal.dataset.DatasetRecords.IntroductionRecord;
import org.marketaccess.portal.dataset.DatasetRecords.NeedRecord;
import org.marketaccess.portal.dataset.DatasetRecords.OpportunityRecord;
import org.marketaccess.portal.dataset.DatasetRecords.OrganizationRecord;
import org.marketaccess.portal.dataset.DatasetRecords.StepRecord;
import org.marketaccess.portal.dataset.ImportReport.Tally;
import org.marketaccess.portal.identity.Roles;
import org.marketaccess.portal.introduction.DeclineReason;
import org.marketaccess.portal.introduction.HistoryStep;
import org.marketaccess.portal.introduction.ImportedIntroduction;
import org.marketaccess.portal.introduction.IntroductionImportService;
import org.marketaccess.portal.need.NeedId;
import org.marketaccess.portal.need.NeedService;
import org.marketaccess.portal.opportunity.OpportunityId;
import org.marketaccess.portal.opportunity.OpportunityService;
import org.marketaccess.portal.organization.OrganizationId;
import org.marketaccess.portal.organization.OrganizationService;
import org.marketaccess.portal.organization.OrganizationType;
import org.marketaccess.portal.shared.Imported;
import org.marketaccess.portal.shared.TextRules;
import org.marketaccess.portal.taxonomy.TaxonomyKind;
import org.marketaccess.portal.taxonomy.TaxonomyService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;

/**
 * The program's bulk import of a data set. Every line is checked first — JSON, fields, taxonomy
 * codes, references between files and to the database — and only a data set without a single bad
 * line is written, all of it in this method's one transaction. Ids are external ids: importing the
 * same data again updates in place and creates nothing.
 */
@Service
@RolesAllowed({Roles.PROGRAM_MANAGER, Roles.ADMIN})
@Transactional
public class DatasetImportService {

    private static final Pattern WEBSITE = Pattern.compile("^https?://[^\\s<>\"]+$");

    private final OrganizationService organizations;
    private final NeedService needs;
    private final OpportunityService opportunities;
    private final TaxonomyService taxonomy;
    private final IntroductionImportService introductionImports;
    private final ApplicationEventPublisher events;
    private final ClusterService clusters;

    DatasetImportService(
            OrganizationService organizations,
            NeedService needs,
            OpportunityService opportunities,
            TaxonomyService taxonomy,
            IntroductionImportService introductionImports,
            ApplicationEventPublisher events,
            ClusterService clusters) {
        this.clusters = clusters;
        this.organizations = organizations;
        this.needs = needs;
        this.opportunities = opportunities;
        this.taxonomy = taxonomy;
        this.introductionImports = introductionImports;
        this.events = events;
    }

    public ImportReport importDirectory(Path directory, ImportProgress progress) {
        Dataset data = DatasetReader.read(directory);
        List<LineProblem> problems = new ArrayList<>(data.problems());
        Map<String, OrganizationType> types = new HashMap<>();
        Map<String, String> regions = new HashMap<>();
        checkOrganizations(data.organizations(), problems, types, regions);
        checkNeeds(data.needs(), problems, types);
        checkOpportunities(data.opportunities(), problems, types, regions);
        checkIntroductions(data, problems);
        if (!problems.isEmpty()) {
            return ImportReport.refused(problems);
        }

        int total = data.lines();
        int done = 0;
        int[] organizationTally = new int[3];
        Map<String, OrganizationId> ids = new HashMap<>();
        for (OrganizationRecord record : data.organizations()) {
            var imported = organizations.importOrganization(ImportDrafts.organization(record));
            ids.put(record.id(), imported.id());
            organizationTally[imported.outcome().ordinal()]++;
            progress.update(Dataset.ORGANIZATIONS, ++done, total);
        }
        int[] needTally = new int[3];
        Map<String, NeedId> needIds = new HashMap<>();
        for (NeedRecord record : data.needs()) {
            Imported<NeedId> imported = needs.importNeed(
                    record.id(), organization(record.organizationId(), ids), ImportDrafts.need(record));
            needIds.put(record.id(), imported.id());
            needTally[imported.outcome().ordinal()]++;
            progress.update(Dataset.NEEDS, ++done, total);
        }
        int[] opportunityTally = new int[3];
        Map<String, OpportunityId> opportunityIds = new HashMap<>();
        for (OpportunityRecord record : data.opportunities()) {
            Imported<OpportunityId> imported = opportunities.importOpportunity(
                    record.id(),
                    organization(record.organizationId(), ids),
                    ImportDrafts.opportunity(record, regions.get(record.organizationId())));
            opportunityIds.put(record.id(), imported.id());
            opportunityTally[imported.outcome().ordinal()]++;
            progress.update(Dataset.OPPORTUNITIES, ++done, total);
        }
        // an introduction's history is checked against its postings, which may have come in just now
        List<ImportedIntroduction> histories = new ArrayList<>();
        Set<String> pairsTaken = new HashSet<>();
        for (IntroductionRecord record : data.introductions()) {
            ImportedIntroduction history = toImported(record, needIds, opportunityIds);
            new LineProblems(taxonomy, organizations, Dataset.INTRODUCTIONS, record.line(), problems)
                    .addAllAsIs(introductionImports.problems(history, pairsTaken));
            histories.add(history);
        }
        if (!problems.isEmpty()) {
            TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
            return ImportReport.refused(problems);
        }
        int[] introductionTally = new int[3];
        for (ImportedIntroduction history : histories) {
            introductionTally[
                    introductionImports.importIntroduction(history).outcome().ordinal()]++;
            progress.update(Dataset.INTRODUCTIONS, ++done, total);
        }
        ImportReport report = new ImportReport(
                List.of(),
                tally(organizationTally),
                tally(needTally),
                tally(opportunityTally),
                tally(introductionTally));
        events.publishEvent(new DatasetImported(
                directory.getFileName() == null ? "" : directory.getFileName().toString(), report.describe()));
        return report;
    }

    /** The data set's name and the import's counts; the audit trail records it. */
    public record DatasetImported(String dataset, String summary) {}

    private void checkOrganizations(
            List<OrganizationRecord> records,
            List<LineProblem> problems,
            Map<String, OrganizationType> types,
            Map<String, String> regions) {
        Set<String> seen = new HashSet<>();
        for (OrganizationRecord record : records) {
            LineProblems line =
                    new LineProblems(taxonomy, organizations, Dataset.ORGANIZATIONS, record.line(), problems);
            line.id(record.id(), seen);
            OrganizationType type =
                    switch (record.type() == null ? "" : record.type()) {
                        case "startup" -> OrganizationType.STARTUP;
                        case "provider" -> OrganizationType.PROVIDER;
                        default -> {
                            line.add("type", "must be \"startup\" or \"provider\"");
                            yield null;
                        }
                    };
            Map<String, String> errors = new java.util.LinkedHashMap<>();
            TextRules.check(errors, "organization", "name", record.name(), true, 200, false);
            TextRules.check(errors, "organization", "description", record.description(), true, 4000);
            if (!taxonomy.isValid(TaxonomyKind.REGION, record.region())) {
                errors.putIfAbsent("region", "taxonomy.unknown-code");
            }
            if (record.cluster() != null && !clusters.exists(record.cluster())) {
                errors.putIfAbsent("cluster", "cluster.unknown");
            }
            if (record.website() != null && !WEBSITE.matcher(record.website()).matches()) {
                errors.putIfAbsent("website", "organization.website.invalid");
            }
            line.addAll(errors);
            organizations.findByExternalId(record.id()).ifPresent(existing -> {
                if (type != null && existing.type() != type) {
                    line.add("type", "the organization exists already as a " + LineProblems.name(existing.type()));
                }
            });
            if (type != null) {
                types.put(record.id(), type);
                regions.put(record.id(), record.region());
            }
        }
    }

    private void checkNeeds(List<NeedRecord> records, List<LineProblem> problems, Map<String, OrganizationType> types) {
        Set<String> seen = new HashSet<>();
        for (NeedRecord record : records) {
            LineProblems line = new LineProblems(taxonomy, organizations, Dataset.NEEDS, record.line(), problems);
            line.id(record.id(), seen);
            line.owner(record.organizationId(), OrganizationType.STARTUP, types);
            line.addAllNamingCodes(
                    needs.problems(ImportDrafts.need(record), false),
                    Map.of(
                            "sought", Map.entry(TaxonomyKind.SOUGHT, record.sought()),
                            "categories", Map.entry(TaxonomyKind.CATEGORY, record.categories()),
                            "clinicalAreas", Map.entry(TaxonomyKind.CLINICAL_AREA, record.clinicalAreas()),
                            "careSettings", Map.entry(TaxonomyKind.CARE_SETTING, record.careSettings()),
                            "certifications", Map.entry(TaxonomyKind.CERTIFICATION, record.certifications()),
                            "integrations", Map.entry(TaxonomyKind.INTEGRATION, record.integrations()),
                            "regions", Map.entry(TaxonomyKind.REGION, record.regions()),
                            "stage", Map.entry(TaxonomyKind.STAGE, optional(record.stage()))));
            if (record.description() == null || record.description().isBlank()) {
                line.add("description", "is missing");
            }
        }
    }

    private void checkOpportunities(
            List<OpportunityRecord> records,
            List<LineProblem> problems,
            Map<String, OrganizationType> types,
            Map<String, String> regions) {
        Set<String> seen = new HashSet<>();
        for (OpportunityRecord record : records) {
            LineProblems line =
                    new LineProblems(taxonomy, organizations, Dataset.OPPORTUNITIES, record.line(), problems);
            line.id(record.id(), seen);
            line.owner(record.organizationId(), OrganizationType.PROVIDER, types);
            String region = record.region() != null ? record.region() : regions.get(record.organizationId());
            Map<String, String> errors = opportunities.problems(ImportDrafts.opportunity(record, region), false);
            errors.remove("description");
            line.addAllNamingCodes(
                    errors,
                    Map.of(
                            "categories", Map.entry(TaxonomyKind.CATEGORY, record.categories()),
                            "clinicalAreas", Map.entry(TaxonomyKind.CLINICAL_AREA, record.clinicalAreas()),
                            "careSettings", Map.entry(TaxonomyKind.CARE_SETTING, record.careSettings()),
                            "requiredCertifications",
                                    Map.entry(TaxonomyKind.CERTIFICATION, record.requiredCertifications()),
                            "requiredIntegrations", Map.entry(TaxonomyKind.INTEGRATION, record.requiredIntegrations()),
                            "minimumStage", Map.entry(TaxonomyKind.STAGE, optional(record.minimumStage())),
                            "region", Map.entry(TaxonomyKind.REGION, optional(region)),
                            "budgetBand", Map.entry(TaxonomyKind.BUDGET_BAND, optional(record.budgetBand()))));
            if (record.description() == null || record.description().isBlank()) {
                line.add("description", "is missing");
            }
        }
    }

    /** Fields, codes and references of introductions; their histories are checked once the postings exist. */
    private void checkIntroductions(Dataset data, List<LineProblem> problems) {
        Set<String> seen = new HashSet<>();
        Set<String> needsInSet = new HashSet<>();
        data.needs().forEach(need -> needsInSet.add(need.id()));
        Set<String> opportunitiesInSet = new HashSet<>();
        data.opportunities().forEach(opportunity -> opportunitiesInSet.add(opportunity.id()));
        for (IntroductionRecord record : data.introductions()) {
            LineProblems line =
                    new LineProblems(taxonomy, organizations, Dataset.INTRODUCTIONS, record.line(), problems);
            line.id(record.id(), seen);
            if (!needsInSet.contains(record.needId())
                    && needs.findByExternalId(record.needId()).isEmpty()) {
                line.add("needId", "unknown need \"" + record.needId() + "\": not in needs.jsonl nor in the portal");
            }
            if (!opportunitiesInSet.contains(record.opportunityId())
                    && opportunities.findByExternalId(record.opportunityId()).isEmpty()) {
                line.add(
                        "opportunityId",
                        "unknown opportunity \"" + record.opportunityId()
                                + "\": not in opportunities.jsonl nor in the portal");
            }
            if (requester(record.requester()) == null) {
                line.add("requester", "must be \"startup\" or \"provider\"");
            }
            boolean stepsKnown = true;
            for (int i = 0; i < record.steps().size(); i++) {
                StepRecord step = record.steps().get(i);
                if (HistoryStep.Kind.of(step.step()).isEmpty()) {
                    stepsKnown = false;
                    line.add(
                            "steps[" + i + "].step",
                            "unknown step \"" + step.step() + "\": one of "
                                    + String.join(
                                            ", ",
                                            java.util.Arrays.stream(HistoryStep.Kind.values())
                                                    .map(HistoryStep.Kind::code)
                                                    .toList()));
                }
                if (step.reason() != null && declineReason(step.reason()) == null) {
                    stepsKnown = false;
                    line.add(
                            "steps[" + i + "].reason",
                            "unknown reason \"" + step.reason() + "\": one of "
                                    + String.join(
                                            ", ",
                                            java.util.Arrays.stream(DeclineReason.values())
                                                    .map(DeclineReason::code)
                                                    .toList()));
                }
            }
            if (stepsKnown && requester(record.requester()) != null) {
                // the history itself: times in order, a workflow that allows each step
                line.addAllAsIs(introductionImports.historyProblems(toImported(record, Map.of(), Map.of())));
            }
        }
    }

    private ImportedIntroduction toImported(
            IntroductionRecord record, Map<String, NeedId> needIds, Map<String, OpportunityId> opportunityIds) {
        NeedId need = needIds.containsKey(record.needId())
                ? needIds.get(record.needId())
                : needs.findByExternalId(record.needId()).orElse(null);
        OpportunityId opportunity = opportunityIds.containsKey(record.opportunityId())
                ? opportunityIds.get(record.opportunityId())
                : opportunities.findByExternalId(record.opportunityId()).orElse(null);
        return new ImportedIntroduction(
                record.id(),
                need,
                opportunity,
                requester(record.requester()),
                record.message(),
                record.requestedAt(),
                record.matchScore(),
                record.steps().stream()
                        .map(step -> new HistoryStep(
                                HistoryStep.Kind.of(step.step()).orElseThrow(),
                                step.at(),
                                declineReason(step.reason()),
                                step.note()))
                        .toList());
    }

    private static OrganizationType requester(String code) {
        return switch (code == null ? "" : code) {
            case "startup" -> OrganizationType.STARTUP;
            case "provider" -> OrganizationType.PROVIDER;
            default -> null;
        };
    }

    private static DeclineReason declineReason(String code) {
        return java.util.Arrays.stream(DeclineReason.values())
                .filter(reason -> reason.code().equals(code))
                .findFirst()
                .orElse(null);
    }

    private static List<String> optional(String code) {
        return code == null || code.isBlank() ? List.of() : List.of(code);
    }

    private OrganizationId organization(String externalId, Map<String, OrganizationId> imported) {
        OrganizationId id = imported.get(externalId);
        return id != null
                ? id
                : organizations.findByExternalId(externalId).orElseThrow().id();
    }

    private static Tally tally(int[] counts) {
        return new Tally(counts[0], counts[1], counts[2]);
    }
}
