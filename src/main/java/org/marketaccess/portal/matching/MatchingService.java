package org.marketaccess.portal.matching;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.marketaccess.portal.identity.CurrentUser;
import org.marketaccess.portal.identity.Roles;
import org.marketaccess.portal.matching.internal.IndexAudience;
import org.marketaccess.portal.matching.internal.MatchExclusions;
import org.marketaccess.portal.matching.internal.Profiles;
import org.marketaccess.portal.need.NeedDetails;
import org.marketaccess.portal.need.NeedForMatching;
import org.marketaccess.portal.need.NeedId;
import org.marketaccess.portal.need.NeedService;
import org.marketaccess.portal.opportunity.OpportunityDetails;
import org.marketaccess.portal.opportunity.OpportunityForMatching;
import org.marketaccess.portal.opportunity.OpportunityId;
import org.marketaccess.portal.opportunity.OpportunityService;
import org.marketaccess.portal.organization.MemberOf;
import org.marketaccess.portal.organization.OrganizationId;
import org.marketaccess.portal.organization.OrganizationService;
import org.marketaccess.portal.organization.OrganizationType;
import org.marketaccess.portal.posting.PostingKind;
import org.marketaccess.portal.search.Facet;
import org.marketaccess.portal.search.MatchEngine;
import org.marketaccess.portal.search.MatchExplanation;
import org.marketaccess.portal.search.NeedProfile;
import org.marketaccess.portal.search.OpportunityProfile;
import org.marketaccess.portal.search.PairScore;
import org.marketaccess.portal.search.RankedMatch;
import org.marketaccess.portal.search.SearchRequest;
import org.marketaccess.portal.search.SearchResult;
import org.marketaccess.portal.search.Visibility;
import org.marketaccess.portal.shared.InvalidInputException;
import org.marketaccess.portal.shared.PostingStatus;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Matches and searches for people: startups see opportunities for their needs, providers see
 * needs (innovations) for their opportunities, the program sees both. The index ranks; every result
 * is then read through the posting services, so a caller sees only what those let them see
 * (anonymity included), and a posting closed a moment ago never shows.
 */
@Service
@RolesAllowed({Roles.STARTUP, Roles.PROVIDER, Roles.PROGRAM_MANAGER})
@Transactional(readOnly = true)
public class MatchingService {

    public static final int MAX_RESULTS = 50;

    private final MatchEngine engine;
    private final NeedService needs;
    private final OpportunityService opportunities;
    private final OrganizationService organizations;
    private final CurrentUser currentUser;
    private final MatchExclusions exclusions;
    private final Clock clock;
    private final IndexAudience audience;
    private final ObjectProvider<AnswerBacklog> backlog;
    private final CapacityRule capacity = CapacityRule.DEFAULT;

    MatchingService(
            ObjectProvider<AnswerBacklog> backlog,
            IndexAudience audience,
            MatchEngine engine,
            NeedService needs,
            OpportunityService opportunities,
            OrganizationService organizations,
            CurrentUser currentUser,
            MatchExclusions exclusions,
            Clock clock) {
        this.backlog = backlog;
        this.audience = audience;
        this.exclusions = exclusions;
        this.clock = clock;
        this.engine = engine;
        this.needs = needs;
        this.opportunities = opportunities;
        this.organizations = organizations;
        this.currentUser = currentUser;
    }

    /** The opportunities matching one of the caller's needs (drafts too: see before publishing), best first. */
    @RolesAllowed({Roles.STARTUP, Roles.PROGRAM_MANAGER})
    public List<ResultCard> opportunitiesForNeed(NeedId needId, int limit) {
        NeedDetails need = needs.find(needId)
                .filter(found -> found.mine() || program())
                .orElseThrow(() -> new InvalidInputException("need", "posting.unknown"));
        NeedProfile profile = needProfile(need);
        Set<String> declined = program() ? Set.of() : exclusions.opportunitiesExcludedFor(needId.value());
        List<ResultCard> cards = new ArrayList<>();
        Visibility visibility =
                visibility(need.organization().id(), need.content().keptInCluster());
        // capacity-aware (decision 031): a provider with many requests awaiting its answer moves
        // down, never out; twice the list is ranked so that what moves up from below is there
        List<RankedMatch> candidates = engine.opportunitiesFor(profile, 2 * clamp(limit) + declined.size(), visibility);
        AnswerBacklog source = backlog.getIfAvailable();
        Map<String, Integer> waiting = source == null
                ? Map.of()
                : source.awaitingAnswerFor(
                        candidates.stream().map(RankedMatch::id).toList());
        List<RankedMatch> ranked = capacity.reorder(candidates, waiting);
        for (var match : ranked) {
            if (declined.contains(match.id()) || cards.size() >= clamp(limit)) {
                continue;
            }
            int awaiting = waiting.getOrDefault(match.id(), 0);
            opportunities
                    .find(OpportunityId.parse(match.id()))
                    .filter(OpportunityDetails::offered)
                    .ifPresent(found -> {
                        OpportunityProfile other = opportunityProfile(found);
                        cards.add(card(
                                found,
                                match.score(),
                                otherView(match),
                                engine.explain(profile, other),
                                null,
                                capacity.lowers(awaiting) ? awaiting : 0));
                    });
        }
        return cards;
    }

    /** The needs matching one of the caller's opportunities, best first. */
    @RolesAllowed({Roles.PROVIDER, Roles.PROGRAM_MANAGER})
    public List<ResultCard> needsForOpportunity(OpportunityId opportunityId, int limit) {
        OpportunityDetails opportunity = opportunities
                .find(opportunityId)
                .filter(found -> found.mine() || program())
                .orElseThrow(() -> new InvalidInputException("opportunity", "posting.unknown"));
        OpportunityProfile profile = opportunityProfile(opportunity);
        Set<String> declined = program() ? Set.of() : exclusions.needsExcludedFor(opportunityId.value());
        List<ResultCard> cards = new ArrayList<>();
        Visibility visibility = visibility(
                opportunity.organization().id(), opportunity.content().keptInCluster());
        for (var match : engine.needsFor(profile, clamp(limit) + declined.size(), visibility)) {
            if (declined.contains(match.id()) || cards.size() >= clamp(limit)) {
                continue;
            }
            needs.find(NeedId.parse(match.id()))
                    .filter(found -> found.status() == PostingStatus.PUBLISHED)
                    .ifPresent(found -> {
                        NeedProfile other = needProfile(found);
                        cards.add(card(found, match.score(), otherView(match), engine.explain(other, profile), null));
                    });
        }
        return cards;
    }

    /** Opportunities for typed text and facet filters; the caller's own organization is left out. */
    @RolesAllowed({Roles.STARTUP, Roles.PROGRAM_MANAGER})
    public SearchPage findOpportunities(String text, Map<Facet, Set<String>> filters, int limit) {
        SearchResult result = search(PostingKind.OPPORTUNITY, text, filters, limit);
        List<ResultCard> cards = new ArrayList<>();
        for (var hit : result.hits()) {
            opportunities
                    .find(OpportunityId.parse(hit.id()))
                    .filter(OpportunityDetails::offered)
                    .ifPresent(found -> {
                        String body = found.content().problemStatement() + "\n"
                                + nullToEmpty(found.content().desiredOutcomes());
                        cards.add(card(found, null, null, null, engine.highlight(text, body)));
                    });
        }
        return page(text, result, cards);
    }

    /** Needs (innovations) for typed text and facet filters; the caller's own organization is left out. */
    @RolesAllowed({Roles.PROVIDER, Roles.PROGRAM_MANAGER})
    public SearchPage findInnovations(String text, Map<Facet, Set<String>> filters, int limit) {
        SearchResult result = search(PostingKind.NEED, text, filters, limit);
        List<ResultCard> cards = new ArrayList<>();
        for (var hit : result.hits()) {
            needs.find(NeedId.parse(hit.id()))
                    .filter(found -> found.status() == PostingStatus.PUBLISHED)
                    .ifPresent(found -> cards.add(card(
                            found,
                            null,
                            null,
                            null,
                            engine.highlight(text, found.content().description()))));
        }
        return page(text, result, cards);
    }

    /**
     * A need and an opportunity side by side with the score as the caller's side sees it (a provider
     * from the opportunity, anyone else from the need), when the caller may see both.
     */
    public Optional<MatchDetail> match(NeedId needId, OpportunityId opportunityId) {
        Optional<NeedDetails> need = needs.find(needId);
        Optional<OpportunityDetails> opportunity = opportunities.find(opportunityId);
        if (need.isEmpty() || opportunity.isEmpty()) {
            return Optional.empty();
        }
        NeedProfile needProfile = needProfile(need.get());
        OpportunityProfile opportunityProfile = opportunityProfile(opportunity.get());
        boolean fromNeed = !currentUser.require().hasRole(Roles.PROVIDER);
        PairScore views = engine.views(needProfile, opportunityProfile);
        return Optional.of(new MatchDetail(
                need.get(),
                opportunity.get(),
                fromNeed ? views.fromNeed() : views.fromOpportunity(),
                views,
                engine.explain(needProfile, opportunityProfile)));
    }

    /**
     * The pair's score as the program sees it (from the need's side), when both are published:
     * kept with an introduction request. Needs no caller identity.
     */
    @RolesAllowed({Roles.PROGRAM_MANAGER, Roles.ADMIN})
    public Optional<Double> pairScore(NeedId needId, OpportunityId opportunityId) {
        Optional<NeedForMatching> need = needs.forMatching(needId);
        Optional<OpportunityForMatching> opportunity = opportunities.forMatching(opportunityId);
        if (need.isEmpty() || opportunity.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(engine.score(Profiles.need(need.get()), Profiles.opportunity(opportunity.get()), true));
    }

    /**
     * Every published need with the score of its best published opportunity (0 when it has none):
     * where the program's supply does not meet demand. One ranking per need: cache it.
     */
    @RolesAllowed({Roles.PROGRAM_MANAGER, Roles.ADMIN})
    public List<BestMatch> bestOpportunityPerNeed() {
        List<BestMatch> best = new ArrayList<>();
        needs.forEachForMatching(need -> {
            var top = engine.opportunitiesFor(
                    Profiles.need(need),
                    1,
                    visibility(need.organizationId(), need.content().keptInCluster()));
            best.add(new BestMatch(
                    need.id().toString(),
                    need.content().title(),
                    top.isEmpty() ? 0 : top.getFirst().score()));
        });
        return best;
    }

    /** Every published opportunity with the score of its best published need (0 when it has none). */
    @RolesAllowed({Roles.PROGRAM_MANAGER, Roles.ADMIN})
    public List<BestMatch> bestNeedPerOpportunity() {
        List<BestMatch> best = new ArrayList<>();
        opportunities.forEachForMatching(opportunity -> {
            var top = engine.needsFor(
                    Profiles.opportunity(opportunity),
                    1,
                    visibility(
                            opportunity.organizationId(), opportunity.content().keptInCluster()));
            best.add(new BestMatch(
                    opportunity.id().toString(),
                    opportunity.content().title(),
                    top.isEmpty() ? 0 : top.getFirst().score()));
        });
        return best;
    }

    /** A posting (by id and title) and the score of its best counterpart. */
    public record BestMatch(String postingId, String title, double bestScore) {}

    /**
     * Feedback from introductions: the program or the recipient declined this pair, so it is not
     * suggested again to the side that asked. Joins the caller's transaction.
     */
    @RolesAllowed({Roles.PROGRAM_MANAGER, Roles.ADMIN})
    @Transactional
    public void pairDeclined(NeedId needId, OpportunityId opportunityId, OrganizationType requester) {
        exclusions.add(needId.value(), opportunityId.value(), requester, clock.instant());
    }

    /** Rises whenever the index changes: result views poll it and re-run their query when it does. */
    @Transactional(propagation = Propagation.SUPPORTS)
    public long indexGeneration() {
        return engine.generation();
    }

    /**
     * The other side's postings for a search: the program sees every one; a member, those of other
     * organizations, once the program has verified theirs (before that they see none, not even how
     * many there are).
     */
    private SearchResult search(PostingKind kind, String text, Map<Facet, Set<String>> filters, int limit) {
        // the posting services hold the rule of who may browse a kind
        if (kind == PostingKind.NEED) {
            needs.requireBrowsing();
        } else {
            opportunities.requireBrowsing();
        }
        var member = program() ? Optional.<MemberOf>empty() : organizations.currentMembership();
        String excluded = member.map(found -> found.id().toString()).orElse(null);
        // a member finds what its cluster may see; the program every cluster's postings (decision 028)
        Visibility visibility = member.map(found -> Visibility.of(found.cluster()))
                .orElse(program() ? Visibility.ALL : Visibility.of("-none-"));
        return engine.search(new SearchRequest(kind, text, filters, excluded, clamp(limit), visibility));
    }

    private static SearchPage page(String text, SearchResult result, List<ResultCard> cards) {
        boolean typed = text != null && !text.isBlank();
        return new SearchPage(cards, result.total(), result.counts(), typed && !result.textUsed());
    }

    /** The other side's number for a ranked pair, when it differs from the caller's. */
    private static Double otherView(RankedMatch match) {
        return Math.round(match.otherView()) == Math.round(match.score()) ? null : match.otherView();
    }

    private ResultCard card(
            OpportunityDetails opportunity,
            Double score,
            Double otherView,
            MatchExplanation why,
            List<MatchExplanation.Segment> snippet) {
        return card(opportunity, score, otherView, why, snippet, 0);
    }

    private ResultCard card(
            OpportunityDetails opportunity,
            Double score,
            Double otherView,
            MatchExplanation why,
            List<MatchExplanation.Segment> snippet,
            int awaitingAnswers) {
        var content = opportunity.content();
        return new ResultCard(
                opportunity.id().toString(),
                PostingKind.OPPORTUNITY,
                content.title(),
                opportunity.organizationHidden()
                        ? null
                        : opportunity.organization().name(),
                score,
                otherView,
                content.categories(),
                content.clinicalAreas(),
                content.careSettings(),
                content.region() == null ? List.of() : List.of(content.region()),
                snippet != null ? snippet : why.opportunitySnippet(),
                why,
                awaitingAnswers);
    }

    private ResultCard card(
            NeedDetails need,
            Double score,
            Double otherView,
            MatchExplanation why,
            List<MatchExplanation.Segment> snippet) {
        var content = need.content();
        return new ResultCard(
                need.id().toString(),
                PostingKind.NEED,
                content.title(),
                need.organizationHidden() ? null : need.organization().name(),
                score,
                otherView,
                content.categories(),
                content.clinicalAreas(),
                content.careSettings(),
                content.regions(),
                snippet != null ? snippet : why.needSnippet(),
                why,
                0);
    }

    private static NeedProfile needProfile(NeedDetails need) {
        return Profiles.need(
                need.id().toString(),
                need.organizationHidden() ? null : need.organization().id(),
                need.content());
    }

    private static OpportunityProfile opportunityProfile(OpportunityDetails opportunity) {
        return Profiles.opportunity(
                opportunity.id().toString(),
                opportunity.organizationHidden()
                        ? null
                        : opportunity.organization().id(),
                opportunity.content());
    }

    /**
     * What a posting's matches may hold: postings its organization's cluster may see, of clusters
     * that may see it, so that neither side of a suggested pair is hidden from the other.
     */
    private Visibility visibility(OrganizationId organization, boolean keptInCluster) {
        return new Visibility(audience.clusterOf(organization), audience.audience(organization, keptInCluster));
    }

    private boolean program() {
        return currentUser.require().hasRole(Roles.PROGRAM_MANAGER);
    }

    private static int clamp(int limit) {
        return Math.max(1, Math.min(limit, MAX_RESULTS));
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
