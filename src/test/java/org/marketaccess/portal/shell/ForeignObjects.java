package org.marketaccess.portal.shell;

import java.util.List;
import org.marketaccess.portal.introduction.DeclineReason;
import org.marketaccess.portal.introduction.IntroductionId;
import org.marketaccess.portal.introduction.IntroductionService;
import org.marketaccess.portal.need.NeedId;
import org.marketaccess.portal.need.NeedService;
import org.marketaccess.portal.opportunity.OpportunityId;
import org.marketaccess.portal.opportunity.OpportunityService;
import org.marketaccess.portal.organization.OrganizationId;
import org.marketaccess.portal.organization.OrganizationService;
import org.marketaccess.portal.organization.OrganizationType;
import org.marketaccess.portal.testing.ActAs;
import org.marketaccess.portal.testing.Members;
import org.marketaccess.portal.testing.Postings;
import org.marketaccess.portal.testing.TestData;

/**
 * Objects of two organizations none of the tried identities belongs to: a verified startup and a
 * verified provider with a draft and a published posting each, and the startup's introduction
 * requests to the provider (one waiting for the program, one approved, one declined). Titles carry
 * a word of this run, so a page that shows one is told apart from every other page.
 *
 * @param contactPersons the two organizations' contact persons' e-mails
 * @param members the e-mails of their members, who asked for the introductions
 */
record ForeignObjects(
        String word,
        OrganizationId startup,
        OrganizationId provider,
        NeedId needDraft,
        NeedId needPublished,
        OpportunityId opportunityDraft,
        OpportunityId opportunityPublished,
        IntroductionId requested,
        IntroductionId approved,
        IntroductionId declined,
        List<String> contactPersons,
        List<String> members) {

    static ForeignObjects create(
            Members members,
            ActAs actAs,
            OrganizationService organizations,
            NeedService needs,
            OpportunityService opportunities,
            IntroductionService introductions) {
        String word = TestData.unique("foreign").replace("-", "");
        String startup = members.member(OrganizationType.STARTUP, true);
        String provider = members.member(OrganizationType.PROVIDER, true);
        NeedId needDraft = actAs.user(startup, () -> needs.create(Postings.need(title("need draft", word))));
        NeedId needPublished = publishedNeed(actAs, needs, startup, title("need published", word));
        NeedId needApproved = publishedNeed(actAs, needs, startup, title("need approved", word));
        NeedId needDeclined = publishedNeed(actAs, needs, startup, title("need declined", word));
        OpportunityId opportunityDraft = actAs.user(
                provider,
                () -> opportunities.create(Postings.opportunity(title("opportunity draft", word), null, false)));
        OpportunityId opportunityPublished = actAs.user(provider, () -> {
            OpportunityId id =
                    opportunities.create(Postings.opportunity(title("opportunity published", word), null, false));
            opportunities.publish(id, opportunities.find(id).orElseThrow().version());
            return id;
        });
        IntroductionId requested = actAs.user(
                startup, () -> introductions.request(needPublished, opportunityPublished, "Please introduce us."));
        IntroductionId approved = actAs.user(
                startup, () -> introductions.request(needApproved, opportunityPublished, "Please introduce us."));
        IntroductionId declined = actAs.user(
                startup, () -> introductions.request(needDeclined, opportunityPublished, "Please introduce us."));
        actAs.user(TestData.DEMO_PROGRAM_MANAGER, () -> {
            introductions.approve(
                    approved, introductions.details(approved).orElseThrow().version());
            introductions.declineAsProgram(
                    declined,
                    DeclineReason.NOT_RELEVANT,
                    null,
                    introductions.details(declined).orElseThrow().version());
        });
        return new ForeignObjects(
                word,
                organizationOf(actAs, organizations, startup),
                organizationOf(actAs, organizations, provider),
                needDraft,
                needPublished,
                opportunityDraft,
                opportunityPublished,
                requested,
                approved,
                declined,
                List.of(contactOf(startup), contactOf(provider)),
                List.of(startup, provider));
    }

    /** The title every foreign posting of this run carries, with its kind and state. */
    static String title(String what, String word) {
        return "Foreign " + what + " " + word;
    }

    String title(String what) {
        return title(what, word);
    }

    private static NeedId publishedNeed(ActAs actAs, NeedService needs, String member, String title) {
        return actAs.user(member, () -> {
            NeedId id = needs.create(Postings.need(title));
            needs.publish(id, needs.find(id).orElseThrow().version());
            return id;
        });
    }

    private static OrganizationId organizationOf(ActAs actAs, OrganizationService organizations, String member) {
        return actAs.user(
                member, () -> organizations.currentMembership().orElseThrow().id());
    }

    /** The contact person {@code TestData.registration} gives the member's organization. */
    private static String contactOf(String memberEmail) {
        return "contact-" + memberEmail.substring(0, memberEmail.indexOf('@')) + "@example.org";
    }
}
