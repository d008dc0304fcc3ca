package org.marketaccess.portal.opportunity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.marketaccess.portal.organization.OrganizationType;
import org.marketaccess.portal.shared.IllegalTransitionException;
import org.marketaccess.portal.shared.InvalidInputException;
import org.marketaccess.portal.shared.PostingStatus;
import org.marketaccess.portal.testing.ActAs;
import org.marketaccess.portal.testing.DatabaseCounts;
import org.marketaccess.portal.testing.IntegrationTest;
import org.marketaccess.portal.testing.Members;
import org.marketaccess.portal.testing.Postings;
import org.marketaccess.portal.testing.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

@IntegrationTest
class OpportunityServiceIT {

    @Autowired
    OpportunityService opportunities;

    @Autowired
    Members members;

    @Autowired
    ActAs actAs;

    @Autowired
    DatabaseCounts counts;

    @Autowired
    JdbcTemplate jdbc;

    String provider;
    String otherProvider;
    String startup;

    @BeforeEach
    void organizations() {
        provider = members.member(OrganizationType.PROVIDER, true);
        otherProvider = members.member(OrganizationType.PROVIDER, true);
        startup = members.member(OrganizationType.STARTUP, true);
    }

    @Test
    void aPublishedOpportunityIsOfferedToStartupsUntilItsDeadlinePassesOnItsOwn() {
        String title = TestData.unique("Deadline test");
        OpportunityId id = publish(title, LocalDate.now().plusDays(10), false);
        assertThat(actAs.user(startup, () -> opportunities.countOffered(title, null, null)))
                .isEqualTo(1);

        // time passes: the deadline is now yesterday, with no one closing the opportunity
        jdbc.update(
                "update opportunity set response_deadline = ? where id = ?",
                LocalDate.now().minusDays(1),
                id.value());

        assertThat(actAs.user(startup, () -> opportunities.countOffered(title, null, null)))
                .isZero();
        OpportunityDetails seenByStartup =
                actAs.user(startup, () -> opportunities.find(id).orElseThrow());
        assertThat(seenByStartup.offered()).isFalse();
        assertThat(actAs.user(
                        provider, () -> opportunities.find(id).orElseThrow().status()))
                .isEqualTo(PostingStatus.PUBLISHED);
    }

    /** Issue 14's probe: a startup the program has not verified browsed every published opportunity. */
    @Test
    void aStartupNotVerifiedYetSeesNoPublishedOpportunity() {
        String title = TestData.unique("Offered to verified startups");
        OpportunityId id = publish(title, LocalDate.now().plusDays(10), false);
        String unverified = members.member(OrganizationType.STARTUP, false);

        actAs.user(unverified, () -> {
            assertThat(opportunities.find(id)).isEmpty();
            for (Runnable browse : List.<Runnable>of(
                    () -> opportunities.offered(title, null, null, PageRequest.of(0, 10)),
                    () -> opportunities.countOffered(title, null, null))) {
                assertThatThrownBy(browse::run)
                        .isInstanceOfSatisfying(
                                InvalidInputException.class, invalid -> assertThat(invalid.fieldErrors())
                                        .containsEntry("organization", "posting.organization-not-verified.browse"));
            }
        });
        assertThat(actAs.user(startup, () -> opportunities.find(id)))
                .as("a verified startup still sees it")
                .isPresent();
    }

    @Test
    void aPublishedOpportunityIsAwardedAndThenCannotChange() {
        OpportunityId id = publish(TestData.unique("Award test"), null, false);
        long version =
                actAs.user(provider, () -> opportunities.find(id).orElseThrow().version());
        OpportunityDetails awarded = actAs.user(provider, () -> opportunities.award(id, version));
        assertThat(awarded.status()).isEqualTo(PostingStatus.AWARDED);
        assertThat(counts.auditRows("OPPORTUNITY_AWARDED", id.toString())).isEqualTo(1);
        assertThatThrownBy(() -> actAs.user(provider, () -> opportunities.close(id, awarded.version())))
                .isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void anotherProviderCannotTouchItAndAnAnonymousOneHidesItsProviderFromStartups() {
        OpportunityId id = publish(TestData.unique("Anonymous test"), null, true);
        actAs.user(otherProvider, () -> {
            assertThat(opportunities.find(id)).isEmpty();
            assertThatThrownBy(() -> opportunities.close(id, 1)).isInstanceOf(InvalidInputException.class);
        });
        OpportunityDetails seenByStartup =
                actAs.user(startup, () -> opportunities.find(id).orElseThrow());
        assertThat(seenByStartup.organization()).isNull();
        assertThat(actAs.user(
                        TestData.DEMO_PROGRAM_MANAGER,
                        () -> opportunities.find(id).orElseThrow().organization()))
                .isNotNull();
    }

    @Test
    void theRegionDefaultsToTheProvidersAndAPastDeadlineCannotBePublished() {
        OpportunityId id = actAs.user(
                provider,
                () -> opportunities.create(
                        Postings.opportunity("Late", LocalDate.now().minusDays(1), false)));
        OpportunityDetails draft =
                actAs.user(provider, () -> opportunities.find(id).orElseThrow());
        assertThat(draft.content().region()).isEqualTo("massachusetts");
        assertThatThrownBy(() -> actAs.user(provider, () -> opportunities.publish(id, draft.version())))
                .isInstanceOfSatisfying(InvalidInputException.class, invalid -> assertThat(invalid.fieldErrors())
                        .containsEntry("responseDeadline", "opportunity.responseDeadline.past"));
    }

    @Test
    void everyTextFieldKeepsMarkupEmojiAndRightToLeftTextAsTypedAndRefusesTooMuch() {
        String text = "<script>alert(1)</script> <i>x</i> 🚀 مرحبا שלום";
        OpportunityDraft draft = new OpportunityDraft(
                text,
                text + "x".repeat(10_000 - text.length() - 1) + "!",
                text,
                java.util.List.of(),
                java.util.List.of(),
                java.util.List.of(),
                java.util.List.of(),
                java.util.List.of(),
                null,
                null,
                null,
                text,
                null,
                false,
                false,
                null);
        OpportunityId id = actAs.user(provider, () -> opportunities.create(draft));
        OpportunityDraft stored =
                actAs.user(provider, () -> opportunities.find(id).orElseThrow().content());
        assertThat(stored.title()).isEqualTo(text);
        assertThat(stored.problemStatement()).hasSize(10_000).startsWith(text);
        assertThat(stored.desiredOutcomes()).isEqualTo(text);
        assertThat(stored.timeline()).isEqualTo(text);

        OpportunityDraft tooMuch = new OpportunityDraft(
                "t",
                "p",
                "o".repeat(4_001),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                "t".repeat(201),
                null,
                false,
                false,
                null);
        assertThatThrownBy(() -> actAs.user(provider, () -> opportunities.create(tooMuch)))
                .isInstanceOfSatisfying(InvalidInputException.class, invalid -> assertThat(invalid.fieldErrors())
                        .containsEntry("desiredOutcomes", "opportunity.desiredOutcomes.too-long")
                        .containsEntry("timeline", "opportunity.timeline.too-long"));
    }

    private OpportunityId publish(String title, LocalDate deadline, boolean anonymous) {
        return actAs.user(provider, () -> {
            OpportunityId id = opportunities.create(Postings.opportunity(title, deadline, anonymous));
            opportunities.publish(id, opportunities.find(id).orElseThrow().version());
            return id;
        });
    }
}
