package org.marketaccess.portal.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.marketaccess.portal.matching.internal.IndexSync;
import org.marketaccess.portal.need.NeedDetails;
import org.marketaccess.portal.need.NeedDraft;
import org.marketaccess.portal.need.NeedId;
import org.marketaccess.portal.need.NeedService;
import org.marketaccess.portal.opportunity.OpportunityDetails;
import org.marketaccess.portal.opportunity.OpportunityDraft;
import org.marketaccess.portal.opportunity.OpportunityId;
import org.marketaccess.portal.opportunity.OpportunityService;
import org.marketaccess.portal.organization.OrganizationType;
import org.marketaccess.portal.search.Facet;
import org.marketaccess.portal.shared.InvalidInputException;
import org.marketaccess.portal.testing.ActAs;
import org.marketaccess.portal.testing.IntegrationTest;
import org.marketaccess.portal.testing.Members;
import org.marketaccess.portal.testing.Postings;
import org.marketaccess.portal.testing.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * Matching through the services, with the index updated after commit by the durable events: what a
 * startup publishes reaches a provider's matches with its reasons, leaves when closed, and respects
 * ownership and anonymity.
 */
@IntegrationTest
class MatchingServiceIT {

    static final Duration WAIT = Duration.ofSeconds(10);

    @Autowired
    MatchingService matching;

    @Autowired
    IndexAdminService indexAdmin;

    @Autowired
    IndexSync sync;

    @Autowired
    NeedService needs;

    @Autowired
    OpportunityService opportunities;

    @Autowired
    Members members;

    @Autowired
    ActAs actAs;

    String startup;
    String otherStartup;
    String provider;
    String word;

    @BeforeEach
    void organizations() {
        startup = members.member(OrganizationType.STARTUP, true);
        otherStartup = members.member(OrganizationType.STARTUP, true);
        provider = members.member(OrganizationType.PROVIDER, true);
        // A made-up word that only this test's postings contain.
        word = "zq" + TestData.unique("w").replaceAll("[^a-z0-9]", "");
    }

    @Test
    void aPublishedNeedReachesTheProvidersMatchesWithReasonsAndLeavesWhenClosed() {
        OpportunityId opportunity = publishOpportunity("Home monitoring for COPD readmissions " + word);
        NeedId need = publishNeed("COPD home monitoring with nurse triage " + word, false);

        await(() -> cards(opportunity).stream().anyMatch(card -> card.id().equals(need.toString())));
        ResultCard card = cards(opportunity).stream()
                .filter(found -> found.id().equals(need.toString()))
                .findFirst()
                .orElseThrow();
        assertThat(card.score()).isBetween(1.0, 100.0);
        assertThat(card.organizationName()).isNotNull();
        assertThat(card.explanation().sharedClinicalAreas()).containsExactly("respiratory");
        assertThat(card.explanation().sharedCategories()).containsExactly("remote-monitoring");
        assertThat(card.explanation().matchingWords()).contains("COPD");
        assertThat(card.snippet()).anyMatch(segment -> segment.match());

        List<ResultCard> forStartup = actAs.user(startup, () -> matching.opportunitiesForNeed(need, 20));
        assertThat(forStartup).extracting(ResultCard::id).contains(opportunity.toString());
        MatchDetail detail =
                actAs.user(startup, () -> matching.match(need, opportunity)).orElseThrow();
        assertThat(detail.score())
                .isEqualTo(forStartup.stream()
                        .filter(found -> found.id().equals(opportunity.toString()))
                        .findFirst()
                        .orElseThrow()
                        .score());

        NeedDetails current = actAs.user(startup, () -> needs.find(need)).orElseThrow();
        actAs.user(startup, () -> needs.close(need, current.version()));
        await(() -> cards(opportunity).stream().noneMatch(found -> found.id().equals(need.toString())));
    }

    @Test
    void anAnonymousNeedShowsNoStartupAndAChangeIsSearchableAtOnce() {
        NeedId need = publishNeed("Anonymous sepsis early warning " + word, true);
        await(() -> !search(word).cards().isEmpty());
        ResultCard card = search(word).cards().getFirst();
        assertThat(card.id()).isEqualTo(need.toString());
        assertThat(card.organizationName()).isNull();

        NeedDetails current = actAs.user(startup, () -> needs.find(need)).orElseThrow();
        NeedDraft changed = Postings.need("Renamed " + word + " virtual ward", "Virtual ward pilots.", true);
        actAs.user(startup, () -> needs.update(need, changed, current.version()));
        await(() -> search("virtual ward " + word).cards().stream()
                .anyMatch(found -> found.title().startsWith("Renamed")));
    }

    @Test
    void facetFiltersNarrowAndCountsTellWhatEachChoiceGives() {
        publishNeed("Respiratory remote monitoring " + word, false);
        await(() -> !search(word).cards().isEmpty());
        SearchPage respiratory = actAs.user(
                provider, () -> matching.findInnovations(word, Map.of(Facet.CLINICAL_AREA, Set.of("respiratory")), 10));
        assertThat(respiratory.cards()).hasSize(1);
        assertThat(respiratory.counts().get(Facet.CLINICAL_AREA)).containsEntry("respiratory", 1L);
        assertThat(respiratory.counts().get(Facet.CATEGORY)).containsEntry("remote-monitoring", 1L);
        SearchPage cardiology = actAs.user(
                provider, () -> matching.findInnovations(word, Map.of(Facet.CLINICAL_AREA, Set.of("cardiology")), 10));
        assertThat(cardiology.cards()).isEmpty();
        assertThat(cardiology.counts().get(Facet.CLINICAL_AREA))
                .as("the facet's own filter is ignored in its counts")
                .containsEntry("respiratory", 1L);
        SearchPage ownSide = actAs.user(startup, () -> matching.findOpportunities(word, Map.of(), 10));
        assertThat(ownSide.cards()).as("needs are not offered to startups").isEmpty();
    }

    /** Issue 14's probe: an organization not verified yet searched the other side's postings. */
    @Test
    void anOrganizationNotVerifiedYetSearchesNothing() {
        publishNeed("Verified eyes only " + word, false);
        await(() -> !search(word).cards().isEmpty());
        String unverifiedProvider = members.member(OrganizationType.PROVIDER, false);
        String unverifiedStartup = members.member(OrganizationType.STARTUP, false);

        assertThatThrownBy(() -> actAs.user(unverifiedProvider, () -> matching.findInnovations(word, Map.of(), 10)))
                .isInstanceOfSatisfying(InvalidInputException.class, invalid -> assertThat(invalid.fieldErrors())
                        .containsEntry("organization", "posting.organization-not-verified.browse"));
        assertThatThrownBy(() -> actAs.user(unverifiedStartup, () -> matching.findOpportunities(word, Map.of(), 10)))
                .isInstanceOf(InvalidInputException.class);
        assertThat(search(word).cards())
                .as("a verified provider still finds it")
                .hasSize(1);
    }

    @Test
    void matchesOfAnotherOrganizationsPostingAreRefused() {
        NeedId need = publishNeed("Diabetes coaching " + word, false);
        assertThatThrownBy(() -> actAs.user(otherStartup, () -> matching.opportunitiesForNeed(need, 10)))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> actAs.user(provider, () -> matching.opportunitiesForNeed(need, 10)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> actAs.user(startup, () -> matching.findInnovations(word, Map.of(), 10)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anAdministratorRebuildsTheIndexAndItAgreesWithTheDatabase() {
        publishNeed("Rebuild check " + word, false);
        await(() -> sync.differences().none());
        java.time.Instant before =
                actAs.user(TestData.DEMO_ADMIN, () -> indexAdmin.status()).lastRebuildAt();
        assertThat(actAs.user(TestData.DEMO_ADMIN, () -> indexAdmin.startRebuild()))
                .isTrue();
        // this rebuild, not an earlier one of the shared context: otherwise it would run on into the next test
        await(() -> {
            IndexStatus status = actAs.user(TestData.DEMO_ADMIN, () -> indexAdmin.status());
            return !status.rebuilding()
                    && status.lastRebuildAt() != null
                    && !status.lastRebuildAt().equals(before);
        });
        IndexStatus status = actAs.user(TestData.DEMO_ADMIN, () -> indexAdmin.status());
        assertThat(status.agrees()).isTrue();
        assertThat(status.lastRebuildFailure()).isNull();
        assertThat(sync.differences().none()).isTrue();
        assertThatThrownBy(() -> actAs.user(provider, () -> indexAdmin.startRebuild()))
                .isInstanceOf(AccessDeniedException.class);
    }

    private List<ResultCard> cards(OpportunityId opportunity) {
        return actAs.user(provider, () -> matching.needsForOpportunity(opportunity, 50));
    }

    private SearchPage search(String text) {
        return actAs.user(provider, () -> matching.findInnovations(text, Map.of(), 10));
    }

    private NeedId publishNeed(String title, boolean anonymous) {
        return actAs.user(startup, () -> {
            NeedId id = needs.create(
                    Postings.need(title, "Home monitoring of COPD patients with nurse triage. " + word, anonymous));
            needs.publish(id, needs.find(id).orElseThrow().version());
            return id;
        });
    }

    private OpportunityId publishOpportunity(String title) {
        return actAs.user(provider, () -> {
            OpportunityDraft draft = Postings.opportunity(title, null, false);
            OpportunityId id = opportunities.create(draft);
            OpportunityDetails details = opportunities.find(id).orElseThrow();
            opportunities.publish(id, details.version());
            return id;
        });
    }

    static void await(BooleanSupplier condition) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not reached within " + WAIT.toSeconds() + " s");
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
