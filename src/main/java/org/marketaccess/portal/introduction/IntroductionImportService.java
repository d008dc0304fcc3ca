package org.marketaccess.portal.introduction;

import static org.marketaccess.portal.identity.SystemAuthentication.runAsSystem;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.marketaccess.portal.identity.Roles;
import org.marketaccess.portal.introduction.internal.Introduction;
import org.marketaccess.portal.introduction.internal.IntroductionRepository;
import org.marketaccess.portal.matching.MatchingService;
import org.marketaccess.portal.need.NeedForMatching;
import org.marketaccess.portal.need.NeedService;
import org.marketaccess.portal.opportunity.OpportunityForMatching;
import org.marketaccess.portal.opportunity.OpportunityService;
import org.marketaccess.portal.organization.OrganizationClusters;
import org.marketaccess.portal.organization.OrganizationId;
import org.marketaccess.portal.organization.OrganizationProfile;
import org.marketaccess.portal.organization.OrganizationService;
import org.marketaccess.portal.organization.OrganizationType;
import org.marketaccess.portal.shared.IllegalTransitionException;
import org.marketaccess.portal.shared.ImportOutcome;
import org.marketaccess.portal.shared.Imported;
import org.marketaccess.portal.shared.TextRules;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Brings a program's past introductions into the portal with their whole history, for its
 * insight: each step is replayed through the introduction itself, so a history the workflow does
 * not allow is refused the way a person's step would be. Imported steps notify nobody (they are
 * the past); declined pairs are fed back to matching as if declined here. An introduction already
 * imported under the same id is left as it is: a history is not rewritten.
 */
@Service
@RolesAllowed({Roles.PROGRAM_MANAGER, Roles.ADMIN})
@Transactional
public class IntroductionImportService {

    private final IntroductionRepository introductions;
    private final NeedService needs;
    private final OpportunityService opportunities;
    private final MatchingService matching;
    private final OrganizationService organizations;
    private final IntroductionSettings settings;
    private final Clock clock;
    private final OrganizationClusters clusters;

    IntroductionImportService(
            OrganizationClusters clusters,
            IntroductionRepository introductions,
            NeedService needs,
            OpportunityService opportunities,
            OrganizationService organizations,
            MatchingService matching,
            IntroductionSettings settings,
            Clock clock) {
        this.clusters = clusters;
        this.introductions = introductions;
        this.needs = needs;
        this.opportunities = opportunities;
        this.organizations = organizations;
        this.matching = matching;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * What is wrong with one record's own content, by field, in plain English for the import
     * report: the message, the requester, the score, the times and whether the workflow allows the
     * history. Needs neither the postings nor the database, so a data set is checked this way before
     * anything of it is written.
     */
    public Map<String, String> historyProblems(ImportedIntroduction record) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (record.message() == null || record.message().isBlank()) {
            problems.put("message", "is missing");
        } else if (record.message().strip().length() > IntroductionService.MESSAGE_MAX) {
            problems.put("message", "has more than " + IntroductionService.MESSAGE_MAX + " characters");
        } else if (TextRules.hasForbiddenCharacters(record.message())) {
            problems.put("message", "contains control, invisible or direction-changing characters");
        }
        if (record.requester() == null) {
            problems.put("requester", "must be \"startup\" or \"provider\"");
        }
        if (record.matchScore() != null && (record.matchScore() < 0 || record.matchScore() > 100)) {
            problems.put("matchScore", "must be between 0 and 100");
        }
        Instant now = clock.instant();
        if (record.requestedAt() == null) {
            problems.put("requestedAt", "is missing");
        } else if (record.requestedAt().isAfter(now)) {
            problems.put("requestedAt", "is in the future");
        }
        if (problems.isEmpty()) {
            checkSteps(record, now, problems);
        }
        return problems;
    }

    /**
     * {@link #historyProblems} and what the database says: both postings must exist (the caller
     * resolves the data set's ids), a request under way holds its pair, and an introduction
     * imported before must come with the same history. {@code pairsTaken} holds the pairs the
     * set's earlier records take; this record's is added to it when it takes one.
     */
    @Transactional(readOnly = true)
    public Map<String, String> problems(ImportedIntroduction record, Set<String> pairsTaken) {
        Map<String, String> problems = historyProblems(record);
        Optional<Pair> pair = pair(record);
        if (pair.isEmpty()) {
            problems.put(record.needId() == null ? "needId" : "opportunityId", "unknown posting");
        }
        if (!problems.isEmpty()) {
            return problems;
        }
        Introduction replayed = replay(record, pair.get());
        Optional<Introduction> existing = introductions.findByExternalId(record.externalId());
        if (existing.isPresent()) {
            if (!sameHistory(existing.get(), replayed)) {
                problems.put(
                        "id",
                        "introduction \"" + record.externalId()
                                + "\" was imported before with another history; a history is not rewritten");
            }
        } else if (replayed.takesPair()
                && (!pairsTaken.add(replayed.heldKey())
                        || introductions.findByOpenPair(replayed.heldKey()).isPresent())) {
            problems.put(
                    "opportunityId", "this need and opportunity already have a request under way or an introduction");
        }
        return problems;
    }

    /** Imports one checked record (see {@link #problems}); unchanged when it was imported before. */
    public Imported<IntroductionId> importIntroduction(ImportedIntroduction record) {
        Optional<Introduction> existing = introductions.findByExternalId(record.externalId());
        if (existing.isPresent()) {
            return new Imported<>(new IntroductionId(existing.get().id()), ImportOutcome.UNCHANGED);
        }
        Pair pair = pair(record).orElseThrow(() -> new IllegalArgumentException("unknown posting in " + record));
        Introduction introduction = replay(record, pair);
        introduction.importedAs(record.externalId());
        boolean startup = record.requester() == OrganizationType.STARTUP;
        introduction.placeIn(
                clusters.of(
                                startup
                                        ? pair.need().organizationId()
                                        : pair.opportunity().organizationId())
                        .orElseThrow(),
                clusters.of(
                                startup
                                        ? pair.opportunity().organizationId()
                                        : pair.need().organizationId())
                        .orElseThrow());
        introductions.saveAndFlush(introduction);
        if (introduction.declineReason() != null) {
            runAsSystem(() ->
                    matching.pairDeclined(pair.need().id(), pair.opportunity().id(), record.requester()));
        }
        return new Imported<>(new IntroductionId(introduction.id()), ImportOutcome.CREATED);
    }

    private void checkSteps(ImportedIntroduction record, Instant now, Map<String, String> problems) {
        Instant previous = record.requestedAt();
        for (int i = 0; i < record.steps().size(); i++) {
            HistoryStep step = record.steps().get(i);
            String field = "steps[" + i + "]";
            if (step == null || step.kind() == null) {
                problems.put(field, "unknown step");
            } else if (step.at() == null) {
                problems.put(field, "\"" + step.kind().code() + "\" has no time");
            } else if (step.at().isBefore(previous)) {
                problems.put(field, "\"" + step.kind().code() + "\" is earlier than the step before it");
            } else if (step.at().isAfter(now)) {
                problems.put(field, "\"" + step.kind().code() + "\" is in the future");
            } else if ((step.kind() == HistoryStep.Kind.DECLINED_BY_PROGRAM
                            || step.kind() == HistoryStep.Kind.DECLINED_BY_RECIPIENT)
                    && step.reason() == null) {
                problems.put(field, "\"" + step.kind().code() + "\" needs a reason");
            } else if (step.note() != null && step.note().length() > IntroductionService.NOTE_MAX) {
                problems.put(field, "note has more than " + IntroductionService.NOTE_MAX + " characters");
            }
            if (problems.containsKey(field)) {
                return;
            }
            previous = step.at();
        }
        Introduction scratch = scratch(record);
        for (int i = 0; i < record.steps().size(); i++) {
            try {
                apply(scratch, record, record.steps().get(i));
            } catch (IllegalTransitionException refused) {
                problems.put(
                        "steps[" + i + "]",
                        "\"" + record.steps().get(i).kind().code() + "\" cannot follow \""
                                + (i == 0
                                        ? "requested"
                                        : record.steps().get(i - 1).kind().code()) + "\"");
                return;
            }
        }
    }

    /** An introduction to replay a history on when only the history matters. */
    private static Introduction scratch(ImportedIntroduction record) {
        return new Introduction(
                UUID.randomUUID(),
                UUID.randomUUID(),
                "need",
                "opportunity",
                record.requester(),
                UUID.randomUUID(),
                "requester",
                false,
                UUID.randomUUID(),
                "recipient",
                false,
                "imported",
                record.message().strip(),
                record.matchScore(),
                record.requestedAt());
    }

    private Introduction replay(ImportedIntroduction record, Pair pair) {
        Introduction introduction = started(record, pair);
        record.steps().forEach(step -> apply(introduction, record, step));
        return introduction;
    }

    private static Introduction started(ImportedIntroduction record, Pair pair) {
        boolean startup = record.requester() == OrganizationType.STARTUP;
        OrganizationId requester =
                startup ? pair.need().organizationId() : pair.opportunity().organizationId();
        OrganizationId recipient =
                startup ? pair.opportunity().organizationId() : pair.need().organizationId();
        return new Introduction(
                pair.need().id().value(),
                pair.opportunity().id().value(),
                pair.need().content().title(),
                pair.opportunity().content().title(),
                record.requester(),
                requester.value(),
                startup ? pair.needOrganization() : pair.opportunityOrganization(),
                startup
                        ? pair.need().content().anonymous()
                        : pair.opportunity().content().anonymous(),
                recipient.value(),
                startup ? pair.opportunityOrganization() : pair.needOrganization(),
                startup
                        ? pair.opportunity().content().anonymous()
                        : pair.need().content().anonymous(),
                "imported",
                record.message().strip(),
                record.matchScore(),
                record.requestedAt());
    }

    private void apply(Introduction introduction, ImportedIntroduction record, HistoryStep step) {
        Instant at = step.at();
        String note = step.note() == null || step.note().isBlank()
                ? null
                : step.note().strip();
        switch (step.kind()) {
            case INFORMATION_REQUESTED -> introduction.askForInformation(note == null ? "(imported)" : note, null, at);
            case RESUBMITTED -> introduction.resubmit(record.message().strip(), at);
            case APPROVED -> introduction.approve(null, note, at, at.plus(settings.responsePeriod()));
            case DECLINED_BY_PROGRAM ->
                introduction.decline(IntroductionStatus.DECLINED_BY_PROGRAM, step.reason(), note, null, at);
            case ACCEPTED -> introduction.accept(at);
            case DECLINED_BY_RECIPIENT ->
                introduction.decline(IntroductionStatus.DECLINED_BY_RECIPIENT, step.reason(), note, null, at);
            case WITHDRAWN -> introduction.withdraw(at);
            case EXPIRED -> introduction.expire(at);
            default -> introduction.recordOutcome(Outcome.valueOf(step.kind().name()), note, at);
        }
    }

    private static boolean sameHistory(Introduction existing, Introduction replayed) {
        return existing.status() == replayed.status()
                && existing.outcome() == replayed.outcome()
                && existing.needId().equals(replayed.needId())
                && existing.opportunityId().equals(replayed.opportunityId())
                && existing.createdAt().equals(replayed.createdAt())
                && existing.updatedAt().equals(replayed.updatedAt());
    }

    /** The two postings and their organizations' names, whatever their state now (a history outlives a closed posting). */
    private Optional<Pair> pair(ImportedIntroduction record) {
        if (record.needId() == null || record.opportunityId() == null) {
            return Optional.empty();
        }
        return runAsSystem(() -> {
            Optional<NeedForMatching> need = needs.record(record.needId());
            Optional<OpportunityForMatching> opportunity = opportunities.record(record.opportunityId());
            if (need.isEmpty() || opportunity.isEmpty()) {
                return Optional.<Pair>empty();
            }
            return Optional.of(new Pair(
                    need.get(),
                    opportunity.get(),
                    name(need.get().organizationId()),
                    name(opportunity.get().organizationId())));
        });
    }

    private String name(OrganizationId id) {
        return organizations.organization(id).map(OrganizationProfile::name).orElseThrow();
    }

    private record Pair(
            NeedForMatching need,
            OpportunityForMatching opportunity,
            String needOrganization,
            String opportunityOrganization) {}
}
