package org.marketaccess.portal.introduction.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.marketaccess.portal.introduction.IntroductionDetails;
import org.marketaccess.portal.introduction.IntroductionDetails.Contacts;
import org.marketaccess.portal.introduction.IntroductionSummary;
import org.marketaccess.portal.introduction.Party;
import org.marketaccess.portal.introduction.internal.Disclosure.Viewer;
import org.marketaccess.portal.organization.ContactPersonData;
import org.marketaccess.portal.organization.OrganizationType;

/** Who sees which side's name, contact persons and details, before and after the introduction is made. */
class DisclosureTest {

    static final Instant T0 = Instant.parse("2026-01-01T09:00:00Z");
    static final UUID STARTUP = UUID.randomUUID();
    static final UUID PROVIDER = UUID.randomUUID();

    /** The contact persons the disclosure asked for, by organization. */
    final List<UUID> asked = new ArrayList<>();

    final Disclosure disclosure = new Disclosure(organization -> {
        asked.add(organization);
        boolean startup = organization.equals(STARTUP);
        return new Contacts(
                startup ? "Quiet Startup" : "Open Hospital",
                startup ? OrganizationType.STARTUP : OrganizationType.PROVIDER,
                List.of(new ContactPersonData(
                        startup ? "Sam Startup" : "Pat Provider",
                        startup ? "sam@startup.example" : "pat@hospital.example",
                        null)));
    });

    @Test
    void anAnonymousRequesterStaysHiddenFromTheRecipientUntilTheRecipientAccepts() {
        Introduction introduction = approved();
        IntroductionDetails seen = disclosure.details(introduction, Party.RECIPIENT);
        assertThat(seen.requesterName()).isNull();
        assertThat(seen.requestedBy()).isNull();
        assertThat(seen.recipientName()).isEqualTo("Open Hospital");
        assertThat(seen.contacts()).isEmpty();
        assertThat(Disclosure.summary(introduction, Party.RECIPIENT).requesterName())
                .isNull();
        assertThat(asked)
                .as("no contact person looked up before the introduction")
                .isEmpty();

        IntroductionDetails ownSide = disclosure.details(introduction, Party.REQUESTER);
        assertThat(ownSide.requesterName()).isEqualTo("Quiet Startup");
        assertThat(ownSide.recipientName())
                .as("the recipient's posting is not anonymous")
                .isEqualTo("Open Hospital");
        assertThat(ownSide.contacts()).isEmpty();
    }

    @Test
    void onceAcceptedEachSideSeesTheOthersNameAndContactPersons() {
        Introduction introduction = approved();
        introduction.accept(T0.plusSeconds(2));

        IntroductionDetails recipient = disclosure.details(introduction, Party.RECIPIENT);
        assertThat(recipient.requesterName()).isEqualTo("Quiet Startup");
        assertThat(recipient.requestedBy()).isEqualTo("sam@startup.example");
        assertThat(recipient.contacts()).extracting(Contacts::organizationName).containsExactly("Quiet Startup");
        assertThat(recipient.contacts().getFirst().persons())
                .extracting(ContactPersonData::email)
                .containsExactly("sam@startup.example");
        assertThat(Disclosure.summary(introduction, Party.RECIPIENT).requesterName())
                .isEqualTo("Quiet Startup");

        IntroductionDetails requester = disclosure.details(introduction, Party.REQUESTER);
        assertThat(requester.contacts()).extracting(Contacts::organizationName).containsExactly("Open Hospital");
    }

    @Test
    void theProgramSeesBothSidesNamesBeforeAndBothSidesContactPersonsAfter() {
        Introduction introduction = approved();
        IntroductionDetails before = disclosure.details(introduction, Party.PROGRAM);
        assertThat(before.requesterName()).isEqualTo("Quiet Startup");
        assertThat(before.recipientName()).isEqualTo("Open Hospital");
        assertThat(before.requestedBy()).isEqualTo("sam@startup.example");
        assertThat(before.contacts()).isEmpty();
        IntroductionSummary listed = Disclosure.summary(introduction, Party.PROGRAM);
        assertThat(listed.requesterName()).isEqualTo("Quiet Startup");
        assertThat(listed.recipientName()).isEqualTo("Open Hospital");

        introduction.accept(T0.plusSeconds(2));
        assertThat(disclosure.details(introduction, Party.PROGRAM).contacts())
                .extracting(Contacts::organizationName)
                .containsExactly("Quiet Startup", "Open Hospital");
    }

    @Test
    void theRecipientSeesNeitherTheProgramsQuestionNorTheRequestBeforeTheProgramLetsItThrough() {
        Introduction introduction = requested();
        assertThat(Disclosure.party(introduction, Viewer.memberOf(PROVIDER))).isEmpty();
        introduction.askForInformation("Which sites?", "pm@example.org", T0.plusSeconds(1));
        assertThat(disclosure.details(introduction, Party.PROGRAM).informationRequest())
                .isEqualTo("Which sites?");
        assertThat(disclosure.details(introduction, Party.RECIPIENT).informationRequest())
                .isNull();
    }

    @Test
    void eachViewerIsTheirPartyAndAThirdPartyIsNone() {
        Introduction introduction = approved();
        assertThat(Disclosure.party(introduction, Viewer.memberOf(STARTUP))).contains(Party.REQUESTER);
        assertThat(Disclosure.party(introduction, Viewer.memberOf(PROVIDER))).contains(Party.RECIPIENT);
        assertThat(Disclosure.party(introduction, Viewer.PROGRAM)).contains(Party.PROGRAM);
        assertThat(Disclosure.party(introduction, Viewer.memberOf(UUID.randomUUID())))
                .isEmpty();
        assertThat(Disclosure.party(introduction, Viewer.NOBODY)).isEmpty();

        introduction.accept(T0.plusSeconds(2));
        assertThat(Disclosure.party(introduction, Viewer.memberOf(UUID.randomUUID())))
                .as("not even once introduced")
                .isEmpty();
    }

    /** A startup asks anonymously to meet a hospital that posts under its name. */
    static Introduction requested() {
        return new Introduction(
                UUID.randomUUID(),
                UUID.randomUUID(),
                "Remote monitoring pilot site",
                "Heart failure at home",
                OrganizationType.STARTUP,
                STARTUP,
                "Quiet Startup",
                true,
                PROVIDER,
                "Open Hospital",
                false,
                "sam@startup.example",
                "We would like to meet.",
                72.0,
                T0);
    }

    static Introduction approved() {
        Introduction introduction = requested();
        introduction.approve("pm@example.org", null, T0.plusSeconds(1), T0.plus(Duration.ofDays(14)));
        return introduction;
    }
}
