package org.marketaccess.portal.matching.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.marketaccess.portal.need.NeedId;
import org.marketaccess.portal.need.NeedService;
import org.marketaccess.portal.organization.OrganizationType;
import org.marketaccess.portal.testing.ActAs;
import org.marketaccess.portal.testing.IntegrationTest;
import org.marketaccess.portal.testing.Members;
import org.marketaccess.portal.testing.Postings;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A stopped context that starts again (Spring's test framework pauses cached contexts between test
 * classes): what was published while it stood still is in the index as soon as it runs again, not
 * behind a queue of replayed events.
 */
@IntegrationTest
class IndexPauseIT {

    @Autowired
    ConfigurableApplicationContext context;

    @Autowired
    IndexSync sync;

    @Autowired
    NeedService needs;

    @Autowired
    Members members;

    @Autowired
    ActAs actAs;

    @Test
    void whatChangedWhileStoppedIsIndexedWhenTheContextStartsAgain() {
        String startup = members.member(OrganizationType.STARTUP, true);
        context.stop();
        try {
            for (int i = 0; i < 5; i++) {
                int n = i;
                actAs.user(startup, () -> {
                    NeedId id = needs.create(Postings.need("Published while stopped " + n, "Nurse triage " + n, false));
                    needs.publish(id, needs.find(id).orElseThrow().version());
                });
            }
            assertThat(sync.differences().none())
                    .as("the stopped index missed them")
                    .isFalse();
        } finally {
            context.start();
        }
        assertThat(sync.differences().needs()).isEmpty();
    }
}
