package org.marketaccess.portal.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marketaccess.portal.introduction.IntroductionDetails;
import org.marketaccess.portal.introduction.IntroductionService;
import org.marketaccess.portal.introduction.IntroductionStatus;
import org.marketaccess.portal.introduction.IntroductionSummary;
import org.marketaccess.portal.introduction.Outcome;
import org.marketaccess.portal.introduction.Party;
import org.marketaccess.portal.testing.ActAs;
import org.marketaccess.portal.testing.IntegrationTest;
import org.marketaccess.portal.testing.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/** The demo's introductions: each demo login finds one in the state its role acts on. */
@IntegrationTest
@TestPropertySource(properties = {"portal.demo.introductions=true", "portal.demo.history=false"})
class DemoIntroductionsIT {

    @Autowired
    IntroductionService introductions;

    @Autowired
    ActAs actAs;

    @Test
    void eachDemoLoginFindsAnIntroductionToActOn() {
        List<IntroductionSummary> queue = actAs.user(
                TestData.DEMO_PROGRAM_MANAGER, () -> introductions.forProgram(IntroductionStatus.PENDING_REVIEW, 10));
        assertThat(queue).singleElement().satisfies(row -> assertThat(row.needTitle())
                .startsWith("Payer or ACO"));

        List<IntroductionSummary> startups = actAs.user(TestData.DEMO_STARTUP, () -> introductions.mine());
        assertThat(startups)
                .filteredOn(row -> row.party() == Party.RECIPIENT)
                .singleElement()
                .satisfies(row -> assertThat(row.status()).isEqualTo(IntroductionStatus.AWAITING_RESPONSE));
        IntroductionSummary made = startups.stream()
                .filter(row -> row.status() == IntroductionStatus.INTRODUCED)
                .findFirst()
                .orElseThrow();
        assertThat(made.outcome()).isEqualTo(Outcome.MEETING_HELD);

        IntroductionDetails seenByProvider = actAs.user(TestData.DEMO_PROVIDER, () -> introductions.details(made.id()))
                .orElseThrow();
        assertThat(seenByProvider.contacts()).singleElement().satisfies(side -> assertThat(side.organizationName())
                .isEqualTo("HeartLoop Health"));
    }
}
