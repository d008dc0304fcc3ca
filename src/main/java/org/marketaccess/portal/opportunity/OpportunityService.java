package org.marketaccess.portal.opportunity;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.marketaccess.portal.identity.CurrentUser;
import org.marketaccess.portal.identity.Roles;
import org.marketaccess.portal.opportunity.OpportunityEvents.OpportunitySaved;
import org.marketaccess.portal.opportunity.OpportunityEvents.OpportunityStatusChanged;
import org.marketaccess.portal.opportunity.internal.Opportunity;
import org.marketaccess.portal.opportunity.internal.OpportunityFeed;
import org.marketaccess.portal.opportunity.internal.OpportunityRepository;
import org.marketaccess.portal.organization.MemberOf;
import org.marketaccess.portal.organization.OrganizationId;
import org.marketaccess.portal.organization.OrganizationService;
import org.marketaccess.portal.organization.OrganizationType;
import org.marketaccess.portal.posting.PostingAudience;
import org.marketaccess.portal.posting.PostingChecks;
import org.marketaccess.portal.posting.PostingRules;
import org.marketaccess.portal.posting.PostingType;
import org.marketaccess.portal.posting.Postings;
import org.marketaccess.portal.shared.Imported;
import org.marketaccess.portal.shared.LikePatterns;
import org.marketaccess.portal.shared.PostingStatus;
import org.marketaccess.portal.shared.TextRules;
import org.marketaccess.portal.taxonomy.TaxonomyKind;
import org.marketaccess.portal.taxonomy.TaxonomyService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Pilot opportunities for the providers that own them, for startups (while offered) and for the
 * program. Ownership is checked here: an opportunity of another organization is treated as unknown.
 * What needs and opportunities do alike is done by the posting core ({@link Postings},
 * {@link PostingRules}) inside this service's transactions and access rules.
 */
@Service
@RolesAllowed(Roles.PROVIDER)
@Transactional
public class OpportunityService {

    public static final int TITLE_MAX = 200;
    public static final int PROBLEM_MAX = 10_000;
    public static final int OUTCOMES_MAX = 4_000;
    public static final int TIMELINE_MAX = 200;

    private static final PostingType<Opportunity, OpportunityDraft, OpportunityId, OpportunityForMatching> TYPE =
            new PostingType<>(
                    Opportunity::new,
                    OpportunityId::new,
                    OpportunitySaved::new,
                    OpportunityStatusChanged::new,
                    OpportunityForMatching::new);

    private final OpportunityRepository opportunities;
    private final OpportunityFeed feed;
    private final OrganizationService organizations;
    private final PostingRules<Opportunity> rules;
    private final Postings<Opportunity, OpportunityDraft, OpportunityId, OpportunityDetails, OpportunityForMatching>
            postings;
    private final TaxonomyService taxonomy;
    private final Validator validator;
    private final Clock clock;

    OpportunityService(
            OpportunityRepository opportunities,
            OpportunityFeed feed,
            OrganizationService organizations,
            TaxonomyService taxonomy,
            Validator validator,
            CurrentUser currentUser,
            ApplicationEventPublisher events,
            Clock clock,
            PostingAudience audience) {
        this.opportunities = opportunities;
        this.feed = feed;
        this.organizations = organizations;
        this.rules = new PostingRules<>(
                "opportunity",
                OrganizationType.PROVIDER,
                OrganizationType.STARTUP,
                opportunities::findById,
                organizations,
                currentUser,
                audience);
        this.postings = new Postings<>(
                TYPE, opportunities, rules, this::problems, this::withDefaultRegion, this::details, events, clock);
        this.taxonomy = taxonomy;
        this.validator = validator;
        this.clock = clock;
    }

    public OpportunityId create(OpportunityDraft draft) {
        return postings.create(draft);
    }

    public OpportunityDetails update(OpportunityId id, OpportunityDraft draft, long expectedVersion) {
        return postings.update(id, draft, expectedVersion);
    }

    public OpportunityDetails publish(OpportunityId id, long expectedVersion) {
        return postings.publish(id, expectedVersion);
    }

    public OpportunityDetails close(OpportunityId id, long expectedVersion) {
        return postings.close(id, expectedVersion);
    }

    public OpportunityDetails award(OpportunityId id, long expectedVersion) {
        return postings.move(id, expectedVersion, Opportunity::award);
    }

    @Transactional(readOnly = true)
    public Page<OpportunitySummary> mine(Set<PostingStatus> statuses, Pageable pageable) {
        return postings.mine(statuses, pageable, OpportunityService::summary);
    }

    @Transactional(readOnly = true)
    public long countMine(Set<PostingStatus> statuses) {
        return postings.countMine(statuses);
    }

    /**
     * An opportunity as the caller may see it: its owner and the program see it whole; a verified
     * startup sees a published one, without the organization when it is anonymous; anyone else nothing.
     */
    @RolesAllowed({Roles.STARTUP, Roles.PROVIDER, Roles.PROGRAM_MANAGER})
    @Transactional(readOnly = true)
    public Optional<OpportunityDetails> find(OpportunityId id) {
        return id == null ? Optional.empty() : rules.visible(id.value(), this::details);
    }

    /** Refuses anyone but the program and a verified startup: they alone browse published opportunities. */
    @RolesAllowed({Roles.STARTUP, Roles.PROGRAM_MANAGER})
    @Transactional(readOnly = true)
    public void requireBrowsing() {
        rules.requireBrowsing();
    }

    /** Opportunities still offered (published, deadline not passed) for startups and the program. */
    @RolesAllowed({Roles.STARTUP, Roles.PROGRAM_MANAGER})
    @Transactional(readOnly = true)
    public Page<OpportunitySummary> offered(String text, TaxonomyKind kind, String code, Pageable pageable) {
        rules.requireBrowsing();
        Page<Opportunity> page = opportunities.findOffered(
                today(),
                LikePatterns.contains(text),
                kind == null || code == null ? "" : kind.name(),
                TextRules.searchable(code),
                rules.browsePattern(),
                pageable);
        return rules.listed(page, OpportunityService::summary);
    }

    @RolesAllowed({Roles.STARTUP, Roles.PROGRAM_MANAGER})
    @Transactional(readOnly = true)
    public long countOffered(String text, TaxonomyKind kind, String code) {
        rules.requireBrowsing();
        return opportunities.countOffered(
                today(),
                LikePatterns.contains(text),
                kind == null || code == null ? "" : kind.name(),
                TextRules.searchable(code),
                rules.browsePattern());
    }

    /** The opportunity a program's data set calls {@code externalId}, if it was imported. */
    @RolesAllowed({Roles.PROGRAM_MANAGER, Roles.ADMIN})
    @Transactional(readOnly = true)
    public Optional<OpportunityId> findByExternalId(String externalId) {
        return postings.findByExternalId(externalId);
    }

    /** Creates or updates a published opportunity from a program's data set, matched by external id. */
    @RolesAllowed({Roles.PROGRAM_MANAGER, Roles.ADMIN})
    public Imported<OpportunityId> importOpportunity(
            String externalId, OrganizationId organization, OpportunityDraft draft) {
        return postings.importPosting(externalId, organization, draft);
    }

    /**
     * The opportunity as the search index must hold it: present while published, absent otherwise. For the
     * system's index updates (run with the program's rights).
     */
    @RolesAllowed({Roles.PROGRAM_MANAGER, Roles.ADMIN})
    @Transactional(readOnly = true)
    public Optional<OpportunityForMatching> forMatching(OpportunityId id) {
        return postings.forMatching(id);
    }

    /**
     * An opportunity whatever its state, for the program's records (a past introduction outlives a
     * closed opportunity); no caller identity needed, so system work can read it.
     */
    @RolesAllowed({Roles.PROGRAM_MANAGER, Roles.ADMIN})
    @Transactional(readOnly = true)
    public Optional<OpportunityForMatching> record(OpportunityId id) {
        return postings.record(id);
    }

    /** Every published opportunity, streamed (the index rebuild); returns how many. */
    @RolesAllowed({Roles.PROGRAM_MANAGER, Roles.ADMIN})
    @Transactional(readOnly = true)
    public long forEachForMatching(Consumer<OpportunityForMatching> into) {
        return feed.forEachPublished(into);
    }

    /** How many opportunitys are published: what the index should hold. */
    @RolesAllowed({Roles.PROGRAM_MANAGER, Roles.ADMIN})
    @Transactional(readOnly = true)
    public long countForMatching() {
        return feed.countPublished();
    }

    /** Id to version of every published opportunity: what the index must agree with. */
    @RolesAllowed({Roles.PROGRAM_MANAGER, Roles.ADMIN})
    @Transactional(readOnly = true)
    public Map<String, Long> versionsForMatching() {
        return feed.publishedVersions();
    }

    /** Every problem of an opportunity, field name to translation key. */
    @RolesAllowed({Roles.PROVIDER, Roles.PROGRAM_MANAGER, Roles.ADMIN})
    @Transactional(readOnly = true)
    public Map<String, String> problems(OpportunityDraft draft, boolean complete) {
        Map<String, String> errors = PostingChecks.problems(validator, draft, complete);
        taxonomy.checkCodes(errors, "categories", TaxonomyKind.CATEGORY, draft.categories());
        taxonomy.checkCodes(errors, "clinicalAreas", TaxonomyKind.CLINICAL_AREA, draft.clinicalAreas());
        taxonomy.checkCodes(errors, "careSettings", TaxonomyKind.CARE_SETTING, draft.careSettings());
        taxonomy.checkCodes(
                errors, "requiredCertifications", TaxonomyKind.CERTIFICATION, draft.requiredCertifications());
        taxonomy.checkCodes(errors, "requiredIntegrations", TaxonomyKind.INTEGRATION, draft.requiredIntegrations());
        checkCode(errors, "minimumStage", TaxonomyKind.STAGE, draft.minimumStage());
        checkCode(errors, "region", TaxonomyKind.REGION, draft.region());
        checkCode(errors, "budgetBand", TaxonomyKind.BUDGET_BAND, draft.budgetBand());
        if (complete
                && draft.responseDeadline() != null
                && draft.responseDeadline().isBefore(today())) {
            errors.putIfAbsent("responseDeadline", "opportunity.responseDeadline.past");
        }
        return errors;
    }

    private void checkCode(Map<String, String> errors, String field, TaxonomyKind kind, String code) {
        if (code != null && !code.isBlank() && !taxonomy.isValid(kind, code)) {
            errors.putIfAbsent(field, "taxonomy.unknown-code");
        }
    }

    /** An opportunity is where its provider is, unless the provider says otherwise. */
    private OpportunityDraft withDefaultRegion(OpportunityDraft draft, MemberOf member) {
        if (draft.region() != null && !draft.region().isBlank()) {
            return draft;
        }
        String region =
                organizations.cards(List.of(member.id())).get(member.id()).region();
        return new OpportunityDraft(
                draft.title(),
                draft.problemStatement(),
                draft.desiredOutcomes(),
                draft.categories(),
                draft.clinicalAreas(),
                draft.careSettings(),
                draft.requiredCertifications(),
                draft.requiredIntegrations(),
                draft.minimumStage(),
                region,
                draft.budgetBand(),
                draft.timeline(),
                draft.responseDeadline(),
                draft.anonymous(),
                draft.keptInCluster(),
                draft.language());
    }

    private OpportunityDetails details(Opportunity opportunity, MemberOf viewer, boolean showOrganization) {
        return new OpportunityDetails(
                new OpportunityId(opportunity.id()),
                rules.card(opportunity, showOrganization),
                rules.mine(opportunity, viewer),
                opportunity.status(),
                opportunity.offeredOn(today()),
                opportunity.toDraft(),
                opportunity.updatedAt(),
                opportunity.publishedAt(),
                opportunity.version());
    }

    private static OpportunitySummary summary(Opportunity opportunity, String organizationName) {
        return new OpportunitySummary(
                new OpportunityId(opportunity.id()),
                opportunity.title(),
                organizationName,
                opportunity.status(),
                opportunity.region(),
                opportunity.responseDeadline(),
                opportunity.anonymous(),
                opportunity.updatedAt());
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
