package org.marketaccess.portal.need;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Validator;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.marketaccess.portal.identity.CurrentUser;
import org.marketaccess.portal.identity.Roles;
import org.marketaccess.portal.need.NeedEvents.NeedSaved;
import org.marketaccess.portal.need.NeedEvents.NeedStatusChanged;
import org.marketaccess.portal.need.internal.Need;
import org.marketaccess.portal.need.internal.NeedFeed;
import org.marketaccess.portal.need.internal.NeedRepository;
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
 * Needs for the startups that own them, for providers (published ones only) and for the program.
 * Ownership is checked here, not only hidden in the UI: a need id from another organization is
 * treated as unknown. What needs and opportunities do alike is done by the posting core
 * ({@link Postings}, {@link PostingRules}) inside this service's transactions and access rules.
 */
@Service
@RolesAllowed(Roles.STARTUP)
@Transactional
public class NeedService {

    public static final int TITLE_MAX = 200;
    public static final int DESCRIPTION_MAX = 10_000;

    private static final PostingType<Need, NeedDraft, NeedId, NeedForMatching> TYPE =
            new PostingType<>(Need::new, NeedId::new, NeedSaved::new, NeedStatusChanged::new, NeedForMatching::new);

    private final NeedRepository needs;
    private final NeedFeed feed;
    private final PostingRules<Need> rules;
    private final Postings<Need, NeedDraft, NeedId, NeedDetails, NeedForMatching> postings;
    private final TaxonomyService taxonomy;
    private final Validator validator;

    NeedService(
            NeedRepository needs,
            NeedFeed feed,
            OrganizationService organizations,
            TaxonomyService taxonomy,
            Validator validator,
            CurrentUser currentUser,
            ApplicationEventPublisher events,
            Clock clock,
            PostingAudience audience) {
        this.needs = needs;
        this.feed = feed;
        this.rules = new PostingRules<>(
                "need",
                OrganizationType.STARTUP,
                OrganizationType.PROVIDER,
                needs::findById,
                organizations,
                currentUser,
                audience);
        this.postings = new Postings<>(
                TYPE, needs, rules, this::problems, (draft, member) -> draft, this::details, events, clock);
        this.taxonomy = taxonomy;
        this.validator = validator;
    }

    /** Saves a new draft for the signed-in member's verified startup. */
    public NeedId create(NeedDraft draft) {
        return postings.create(draft);
    }

    /**
     * @param expectedVersion the version the editor showed; a need changed meanwhile is refused
     */
    public NeedDetails update(NeedId id, NeedDraft draft, long expectedVersion) {
        return postings.update(id, draft, expectedVersion);
    }

    /** Publishes a draft once everything a provider needs to judge it is there. */
    public NeedDetails publish(NeedId id, long expectedVersion) {
        return postings.publish(id, expectedVersion);
    }

    public NeedDetails close(NeedId id, long expectedVersion) {
        return postings.close(id, expectedVersion);
    }

    /** The signed-in startup's needs; an empty filter means every status. */
    @Transactional(readOnly = true)
    public Page<NeedSummary> mine(Set<PostingStatus> statuses, Pageable pageable) {
        return postings.mine(statuses, pageable, NeedService::summary);
    }

    @Transactional(readOnly = true)
    public long countMine(Set<PostingStatus> statuses) {
        return postings.countMine(statuses);
    }

    /**
     * A need as the caller may see it: its owner and the program see it whole; a verified provider
     * sees a published need, without the organization when it is anonymous; anyone else sees nothing.
     */
    @RolesAllowed({Roles.STARTUP, Roles.PROVIDER, Roles.PROGRAM_MANAGER})
    @Transactional(readOnly = true)
    public Optional<NeedDetails> find(NeedId id) {
        return id == null ? Optional.empty() : rules.visible(id.value(), this::details);
    }

    /** Refuses anyone but the program and a verified provider: they alone browse published needs. */
    @RolesAllowed({Roles.PROVIDER, Roles.PROGRAM_MANAGER})
    @Transactional(readOnly = true)
    public void requireBrowsing() {
        rules.requireBrowsing();
    }

    /** Published needs for providers and the program to browse, newest first. */
    @RolesAllowed({Roles.PROVIDER, Roles.PROGRAM_MANAGER})
    @Transactional(readOnly = true)
    public Page<NeedSummary> published(String text, TaxonomyKind kind, String code, Pageable pageable) {
        rules.requireBrowsing();
        Page<Need> page = needs.findPublished(
                LikePatterns.contains(text),
                kind == null || code == null ? "" : kind.name(),
                TextRules.searchable(code),
                rules.browsePattern(),
                pageable);
        return rules.listed(page, NeedService::summary);
    }

    /** The need a program's data set calls {@code externalId}, if it was imported. */
    @RolesAllowed({Roles.PROGRAM_MANAGER, Roles.ADMIN})
    @Transactional(readOnly = true)
    public Optional<NeedId> findByExternalId(String externalId) {
        return postings.findByExternalId(externalId);
    }

    /**
     * Creates or updates a published need from a program's data set, matched by external id. The
     * caller (the import) has validated the record and holds the transaction.
     */
    @RolesAllowed({Roles.PROGRAM_MANAGER, Roles.ADMIN})
    public Imported<NeedId> importNeed(String externalId, OrganizationId organization, NeedDraft draft) {
        return postings.importPosting(externalId, organization, draft);
    }

    /**
     * The need as the search index must hold it: present while published, absent otherwise. For the
     * system's index updates (run with the program's rights).
     */
    @RolesAllowed({Roles.PROGRAM_MANAGER, Roles.ADMIN})
    @Transactional(readOnly = true)
    public Optional<NeedForMatching> forMatching(NeedId id) {
        return postings.forMatching(id);
    }

    /**
     * A need whatever its state, for the program's records (a past introduction outlives a closed
     * need); no caller identity needed, so system work can read it.
     */
    @RolesAllowed({Roles.PROGRAM_MANAGER, Roles.ADMIN})
    @Transactional(readOnly = true)
    public Optional<NeedForMatching> record(NeedId id) {
        return postings.record(id);
    }

    /** Every published need, streamed (the index rebuild); returns how many. */
    @RolesAllowed({Roles.PROGRAM_MANAGER, Roles.ADMIN})
    @Transactional(readOnly = true)
    public long forEachForMatching(Consumer<NeedForMatching> into) {
        return feed.forEachPublished(into);
    }

    /** How many needs are published: what the index should hold. */
    @RolesAllowed({Roles.PROGRAM_MANAGER, Roles.ADMIN})
    @Transactional(readOnly = true)
    public long countForMatching() {
        return feed.countPublished();
    }

    /** Id to version of every published need: what the index must agree with. */
    @RolesAllowed({Roles.PROGRAM_MANAGER, Roles.ADMIN})
    @Transactional(readOnly = true)
    public Map<String, Long> versionsForMatching() {
        return feed.publishedVersions();
    }

    /** Every problem of a need, field name to translation key; complete ones are needed to publish. */
    @RolesAllowed({Roles.STARTUP, Roles.PROGRAM_MANAGER, Roles.ADMIN})
    @Transactional(readOnly = true)
    public Map<String, String> problems(NeedDraft draft, boolean complete) {
        Map<String, String> errors = PostingChecks.problems(validator, draft, complete);
        taxonomy.checkCodes(errors, "sought", TaxonomyKind.SOUGHT, draft.sought());
        taxonomy.checkCodes(errors, "categories", TaxonomyKind.CATEGORY, draft.categories());
        taxonomy.checkCodes(errors, "clinicalAreas", TaxonomyKind.CLINICAL_AREA, draft.clinicalAreas());
        taxonomy.checkCodes(errors, "careSettings", TaxonomyKind.CARE_SETTING, draft.careSettings());
        taxonomy.checkCodes(errors, "certifications", TaxonomyKind.CERTIFICATION, draft.certifications());
        taxonomy.checkCodes(errors, "integrations", TaxonomyKind.INTEGRATION, draft.integrations());
        taxonomy.checkCodes(errors, "regions", TaxonomyKind.REGION, draft.regions());
        if (draft.stage() != null && !draft.stage().isBlank() && !taxonomy.isValid(TaxonomyKind.STAGE, draft.stage())) {
            errors.putIfAbsent("stage", "taxonomy.unknown-code");
        }
        return errors;
    }

    private NeedDetails details(Need need, MemberOf viewer, boolean showOrganization) {
        return new NeedDetails(
                new NeedId(need.id()),
                rules.card(need, showOrganization),
                rules.mine(need, viewer),
                need.status(),
                need.toDraft(),
                need.updatedAt(),
                need.publishedAt(),
                need.version());
    }

    private static NeedSummary summary(Need need, String organizationName) {
        return new NeedSummary(
                new NeedId(need.id()),
                need.title(),
                organizationName,
                need.status(),
                need.stage(),
                need.anonymous(),
                need.updatedAt());
    }
}
