package org.marketaccess.portal.introduction.internal;

import static org.marketaccess.portal.identity.SystemAuthentication.runAsSystem;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.marketaccess.portal.cluster.ClusterService;
import org.marketaccess.portal.cluster.ManagerClusterService;
import org.marketaccess.portal.identity.CurrentUser;
import org.marketaccess.portal.identity.Roles;
import org.marketaccess.portal.introduction.IntroductionDetails;
import org.marketaccess.portal.introduction.IntroductionStatus;
import org.marketaccess.portal.introduction.RequestOptions;
import org.marketaccess.portal.introduction.internal.Disclosure.Viewer;
import org.marketaccess.portal.matching.MatchDetail;
import org.marketaccess.portal.matching.MatchingService;
import org.marketaccess.portal.need.NeedDetails;
import org.marketaccess.portal.need.NeedForMatching;
import org.marketaccess.portal.need.NeedId;
import org.marketaccess.portal.need.NeedService;
import org.marketaccess.portal.opportunity.OpportunityDetails;
import org.marketaccess.portal.opportunity.OpportunityForMatching;
import org.marketaccess.portal.opportunity.OpportunityId;
import org.marketaccess.portal.opportunity.OpportunityService;
import org.marketaccess.portal.organization.ContactPersonData;
import org.marketaccess.portal.organization.MemberOf;
import org.marketaccess.portal.organization.OrganizationClusters;
import org.marketaccess.portal.organization.OrganizationId;
import org.marketaccess.portal.organization.OrganizationProfile;
import org.marketaccess.portal.organization.OrganizationService;
import org.marketaccess.portal.organization.OrganizationType;
import org.marketaccess.portal.shared.IllegalTransitionException;
import org.marketaccess.portal.shared.InvalidInputException;
import org.marketaccess.portal.shared.PostingStatus;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * Who takes part in an introduction, looked up in the features that know: the caller's organization
 * (verified to ask; as {@link Disclosure} sees them), the postings each side brings and whether
 * their pair is free, the organizations' names and contact persons, the pair's scores. A new request
 * and the options to make one are built from these; {@code IntroductionService} saves and publishes,
 * in its transaction and under its access rules.
 */
@Component
public class IntroductionParties {

    private final IntroductionRepository introductions;
    private final NeedService needs;
    private final OpportunityService opportunities;
    private final OrganizationService organizations;
    private final MatchingService matching;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final Disclosure disclosure = new Disclosure(this::contacts);
    private final ManagerClusterService managerClusters;
    private final ClusterService clusters;
    private final OrganizationClusters organizationClusters;

    IntroductionParties(
            ManagerClusterService managerClusters,
            ClusterService clusters,
            OrganizationClusters organizationClusters,
            IntroductionRepository introductions,
            NeedService needs,
            OpportunityService opportunities,
            OrganizationService organizations,
            MatchingService matching,
            CurrentUser currentUser,
            Clock clock) {
        this.managerClusters = managerClusters;
        this.clusters = clusters;
        this.organizationClusters = organizationClusters;
        this.introductions = introductions;
        this.needs = needs;
        this.opportunities = opportunities;
        this.organizations = organizations;
        this.matching = matching;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * What {@code member} may pair with the other side's posting (one of the two ids is the other
     * side's, the other one may be null): their own published postings, best match first.
     */
    public RequestOptions options(MemberOf member, NeedId needId, OpportunityId opportunityId) {
        List<RequestOptions.Choice> choices = new ArrayList<>();
        String otherId;
        String otherTitle;
        String otherOrganization;
        if (member.type() == OrganizationType.STARTUP) {
            OpportunityDetails other = otherOpportunity(opportunityId);
            needs.mine(Set.of(PostingStatus.PUBLISHED), PageRequest.of(0, 50))
                    .forEach(own -> choices.add(
                            choice(member, own.id(), other.id(), own.id().toString(), own.title())));
            otherId = other.id().toString();
            otherTitle = other.content().title();
            otherOrganization =
                    other.organizationHidden() ? null : other.organization().name();
        } else {
            NeedDetails other = otherNeed(needId);
            opportunities
                    .mine(Set.of(PostingStatus.PUBLISHED), PageRequest.of(0, 50))
                    .forEach(own -> choices.add(
                            choice(member, other.id(), own.id(), own.id().toString(), own.title())));
            otherId = other.id().toString();
            otherTitle = other.content().title();
            otherOrganization =
                    other.organizationHidden() ? null : other.organization().name();
        }
        choices.sort(Comparator.comparingDouble(RequestOptions.Choice::score).reversed());
        return new RequestOptions(otherId, otherTitle, otherOrganization, choices);
    }

    private RequestOptions.Choice choice(
            MemberOf member, NeedId need, OpportunityId opportunity, String ownId, String ownTitle) {
        return new RequestOptions.Choice(
                ownId,
                ownTitle,
                score(need, opportunity),
                takenFor(member.type(), need.value(), opportunity.value()).isPresent());
    }

    /**
     * A new request from {@code member} with {@code message}, not yet saved: a startup pairs one of
     * its published needs with a published opportunity, a provider one of its published
     * opportunities with a published need; refused when the pair is taken.
     */
    public Introduction newRequest(MemberOf member, NeedId needId, OpportunityId opportunityId, String message) {
        boolean startup = member.type() == OrganizationType.STARTUP;
        // the caller's own posting must be theirs and published, the other side's published
        NeedDetails need = startup ? ownNeed(needId) : otherNeed(needId);
        OpportunityDetails opportunity = startup ? otherOpportunity(opportunityId) : ownOpportunity(opportunityId);
        // the other side's organization, even when its posting is anonymous to the caller
        OrganizationId recipient = runAsSystem(() -> startup
                        ? opportunities.forMatching(opportunity.id()).map(OpportunityForMatching::organizationId)
                        : needs.forMatching(need.id()).map(NeedForMatching::organizationId))
                .orElseThrow(() ->
                        new InvalidInputException(startup ? "opportunity" : "need", "introduction.other-unavailable"));
        String recipientCluster =
                runAsSystem(() -> organizationClusters.of(recipient)).orElseThrow();
        refuseKeptPosting(
                member,
                startup,
                startup ? need.content().keptInCluster() : opportunity.content().keptInCluster(),
                recipientCluster);
        refuseTakenPair(member.type(), need.id().value(), opportunity.id().value());
        Introduction introduction = new Introduction(
                need.id().value(),
                opportunity.id().value(),
                need.content().title(),
                opportunity.content().title(),
                member.type(),
                member.id().value(),
                member.name(),
                startup ? need.content().anonymous() : opportunity.content().anonymous(),
                recipient.value(),
                organizationName(recipient),
                startup ? opportunity.content().anonymous() : need.content().anonymous(),
                currentUser.require().email(),
                message,
                scoreForProgram(need.id(), opportunity.id()),
                clock.instant());
        introduction.placeIn(member.cluster(), recipientCluster);
        return introduction;
    }

    /**
     * The caller's own posting kept inside its cluster is not shown to an organization outside it,
     * not even through a request (decision 028).
     */
    private void refuseKeptPosting(MemberOf member, boolean startup, boolean kept, String recipientCluster) {
        if (!clusters.audience(member.cluster(), kept).contains(recipientCluster)) {
            throw new InvalidInputException(startup ? "need" : "opportunity", "introduction.kept-in-cluster");
        }
    }

    /** The clusters of the signed-in program manager. */
    public Set<String> managerClusters() {
        return managerClusters.mine();
    }

    /** The caller's organization; refused when they belong to none. */
    public MemberOf member() {
        return organizations
                .currentMembership()
                .orElseThrow(() -> new IllegalTransitionException("introduction.no-organization", "no membership"));
    }

    /** The caller's organization, which must be verified to ask for introductions. */
    public MemberOf verifiedMember() {
        MemberOf member = member();
        if (!member.verified()) {
            throw new IllegalTransitionException("introduction.not-verified", "organization not verified");
        }
        return member;
    }

    /** The caller as {@link Disclosure} sees them; a member's organization is looked up only when needed. */
    public Viewer viewer() {
        var user = currentUser.get();
        if (user.isEmpty()) {
            return Viewer.NOBODY;
        }
        if (user.get().hasRole(Roles.PROGRAM_MANAGER)) {
            return Viewer.manager(managerClusters.mine());
        }
        if (!user.get().hasRole(Roles.STARTUP) && !user.get().hasRole(Roles.PROVIDER)) {
            return Viewer.NOBODY;
        }
        return organizations
                .currentMembership()
                .map(member -> Viewer.memberOf(member.id().value()))
                .orElse(Viewer.NOBODY);
    }

    /** What the caller may see of an introduction; contact persons are looked up only through it. */
    public Disclosure disclosure() {
        return disclosure;
    }

    /** An organization's contact persons: for {@link Disclosure}, which hands them out only once introduced. */
    private IntroductionDetails.Contacts contacts(UUID organizationId) {
        OrganizationProfile profile = runAsSystem(() -> organizations.organization(new OrganizationId(organizationId)))
                .orElseThrow();
        List<ContactPersonData> persons = profile.contacts() == null ? List.of() : List.copyOf(profile.contacts());
        return new IntroductionDetails.Contacts(profile.name(), profile.type(), persons);
    }

    private NeedDetails ownNeed(NeedId id) {
        return needs.find(id)
                .filter(NeedDetails::mine)
                .filter(need -> need.status() == PostingStatus.PUBLISHED)
                .orElseThrow(() -> new InvalidInputException("need", "introduction.own-posting-required"));
    }

    private OpportunityDetails ownOpportunity(OpportunityId id) {
        return opportunities
                .find(id)
                .filter(OpportunityDetails::mine)
                .filter(opportunity -> opportunity.status() == PostingStatus.PUBLISHED)
                .orElseThrow(() -> new InvalidInputException("opportunity", "introduction.own-posting-required"));
    }

    private OpportunityDetails otherOpportunity(OpportunityId id) {
        return opportunities
                .find(id)
                .filter(opportunity -> !opportunity.mine())
                .filter(OpportunityDetails::offered)
                .orElseThrow(() -> new InvalidInputException("opportunity", "introduction.other-unavailable"));
    }

    private NeedDetails otherNeed(NeedId id) {
        return needs.find(id)
                .filter(need -> !need.mine())
                .filter(need -> need.status() == PostingStatus.PUBLISHED)
                .orElseThrow(() -> new InvalidInputException("need", "introduction.other-unavailable"));
    }

    private void refuseTakenPair(OrganizationType side, UUID needId, UUID opportunityId) {
        Optional<Introduction> existing = takenFor(side, needId, opportunityId);
        if (existing.isPresent()) {
            throw new IllegalTransitionException(
                    existing.get().status() == IntroductionStatus.INTRODUCED
                            ? "introduction.pair-introduced"
                            : "introduction.pair-taken",
                    "pair taken by " + existing.get().id());
        }
    }

    /**
     * The request that keeps {@code side} from asking for the pair: its own one in review, or one
     * its recipient was asked about or that was made. The other side's request still in review is
     * none of {@code side}'s business, so it neither takes the pair nor shows (decision 024).
     */
    private Optional<Introduction> takenFor(OrganizationType side, UUID needId, UUID opportunityId) {
        return introductions
                .findByOpenPair(PairKeys.pair(needId, opportunityId))
                .or(() -> introductions.findByOpenPair(PairKeys.review(needId, opportunityId, side)));
    }

    private double score(NeedId needId, OpportunityId opportunityId) {
        return matching.match(needId, opportunityId).map(MatchDetail::score).orElse(0.0);
    }

    /** The pair's score as the program sees it, kept with the request: does a high score convert? */
    private Double scoreForProgram(NeedId needId, OpportunityId opportunityId) {
        return runAsSystem(() -> matching.pairScore(needId, opportunityId)).orElse(null);
    }

    private String organizationName(OrganizationId id) {
        return runAsSystem(() -> organizations.organization(id))
                .map(OrganizationProfile::name)
                .orElseThrow();
    }
}
