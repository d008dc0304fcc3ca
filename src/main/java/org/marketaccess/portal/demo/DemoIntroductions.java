package org.marketaccess.portal.demo;

import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.marketaccess.portal.introduction.IntroductionId;
import org.marketaccess.portal.introduction.IntroductionService;
import org.marketaccess.portal.introduction.Outcome;
import org.marketaccess.portal.need.NeedId;
import org.marketaccess.portal.need.NeedService;
import org.marketaccess.portal.need.NeedSummary;
import org.marketaccess.portal.opportunity.OpportunityId;
import org.marketaccess.portal.opportunity.OpportunityService;
import org.marketaccess.portal.opportunity.OpportunitySummary;
import org.marketaccess.portal.shared.OnceAcrossNodes;
import org.marketaccess.portal.shared.PostingStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Three introductions between the demo startup and the demo provider, so that every demo login
 * finds something in its introductions: one made (with a meeting held), one waiting for the
 * startup's answer, one in the program manager's queue. Made through the services as the demo
 * users themselves, so every rule, audit row and notice is real. Then, unless {@code
 * portal.demo.history=false}, a year of the program's past ({@link DemoHistory}) for its insight.
 */
@Component
@Order(11)
@ConditionalOnProperty(
        name = {"portal.demo.enabled", "portal.demo.introductions"},
        havingValue = "true",
        matchIfMissing = true)
class DemoIntroductions implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoIntroductions.class);

    private final IntroductionService introductions;
    private final NeedService needs;
    private final OpportunityService opportunities;
    private final UserDetailsService users;
    private final DemoHistory history;
    private final boolean withHistory;
    private final OnceAcrossNodes nodes;

    DemoIntroductions(
            IntroductionService introductions,
            NeedService needs,
            OpportunityService opportunities,
            UserDetailsService users,
            DemoHistory history,
            @Value("${portal.demo.history:true}") boolean withHistory,
            OnceAcrossNodes nodes) {
        this.nodes = nodes;
        this.introductions = introductions;
        this.needs = needs;
        this.opportunities = opportunities;
        this.users = users;
        this.history = history;
        this.withHistory = withHistory;
    }

    @Override
    public void run(ApplicationArguments args) {
        // several nodes starting together: one seeds, the others wait and then find its introductions
        nodes.exclusively(OnceAcrossNodes.START_UP, this::seed);
    }

    private void seed() {
        long existing = as(DemoData.PROGRAM_MANAGER, () -> introductions.countByStatus().values().stream()
                .mapToLong(Long::longValue)
                .sum());
        if (existing > 0) {
            return;
        }
        List<NeedSummary> ownNeeds =
                as(DemoData.STARTUP, () -> needs.mine(Set.of(PostingStatus.PUBLISHED), PageRequest.of(0, 20))
                        .getContent());
        List<OpportunitySummary> ownOpportunities = as(DemoData.PROVIDER, () -> opportunities
                .mine(Set.of(PostingStatus.PUBLISHED), PageRequest.of(0, 20))
                .getContent());
        NeedId monitoring = need(ownNeeds, "Hospital partner to pilot post-discharge heart failure");
        NeedId reimbursement = need(ownNeeds, "Payer or ACO to co-design");
        NeedId virtualWard = need(ownNeeds, "NHS virtual ward");
        OpportunityId readmissions = opportunity(ownOpportunities, "Reduce 30-day heart failure readmissions");
        OpportunityId hospitalAtHome = opportunity(ownOpportunities, "Scale our hospital-at-home program");
        OpportunityId priorAuthorization = opportunity(ownOpportunities, "Cut prior-authorization turnaround");
        if (monitoring == null
                || reimbursement == null
                || virtualWard == null
                || readmissions == null
                || hospitalAtHome == null
                || priorAuthorization == null) {
            log.info("Demo introductions not seeded: the demo postings they pair were not found");
            return;
        }

        IntroductionId made = as(
                DemoData.STARTUP,
                () -> introductions.request(
                        monitoring,
                        readmissions,
                        "Our remote monitoring kit cut 30-day heart failure readmissions by a third at two community"
                                + " hospitals. We would like to discuss a 6-month pilot with your transitions-of-care team."));
        approve(made);
        as(DemoData.PROVIDER, () -> introductions.accept(made, version(DemoData.PROVIDER, made)));
        as(
                DemoData.STARTUP,
                () -> introductions.recordOutcome(
                        made,
                        Outcome.MEETING_HELD,
                        "Kick-off call with the cardiology and nursing leads.",
                        version(DemoData.STARTUP, made)));

        IntroductionId waiting = as(
                DemoData.PROVIDER,
                () -> introductions.request(
                        virtualWard,
                        hospitalAtHome,
                        "We are expanding hospital-at-home to 40 beds and need continuous vitals for heart failure"
                                + " patients. Your virtual ward kit looks like a fit."));
        approve(waiting);

        as(
                DemoData.STARTUP,
                () -> introductions.request(
                        reimbursement,
                        priorAuthorization,
                        "We would like to explore whether our outcome data could support faster authorization of"
                                + " cardiology follow-up for monitored patients."));
        log.info("Demo introductions seeded: one made, one waiting for the startup's answer, one to review");
        if (withHistory) {
            history.seed(Set.of(
                    monitoring + ":" + readmissions,
                    virtualWard + ":" + hospitalAtHome,
                    reimbursement + ":" + priorAuthorization));
        }
    }

    private void approve(IntroductionId id) {
        as(DemoData.PROGRAM_MANAGER, () -> introductions.approve(id, version(DemoData.PROGRAM_MANAGER, id)));
    }

    private long version(String who, IntroductionId id) {
        return as(who, () -> introductions.details(id)).orElseThrow().version();
    }

    private static NeedId need(List<NeedSummary> found, String titleStart) {
        return found.stream()
                .filter(need -> need.title().startsWith(titleStart))
                .map(NeedSummary::id)
                .findFirst()
                .orElse(null);
    }

    private static OpportunityId opportunity(List<OpportunitySummary> found, String titleStart) {
        return found.stream()
                .filter(opportunity -> opportunity.title().startsWith(titleStart))
                .map(OpportunitySummary::id)
                .findFirst()
                .orElse(null);
    }

    /** Acts as a demo user, so that the services apply their rules to the demo data too. */
    private <T> T as(String email, Supplier<T> work) {
        UserDetails user = users.loadUserByUsername(email);
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    private void as(String email, Runnable work) {
        as(email, () -> {
            work.run();
            return null;
        });
    }
}
