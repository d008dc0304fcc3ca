package org.marketaccess.portal.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.marketaccess.portal.identity.Roles;
import org.marketaccess.portal.identity.ui.LoginView;
import org.marketaccess.portal.introduction.IntroductionId;
import org.marketaccess.portal.introduction.IntroductionService;
import org.marketaccess.portal.matching.MatchingService;
import org.marketaccess.portal.need.NeedDetails;
import org.marketaccess.portal.need.NeedId;
import org.marketaccess.portal.need.NeedService;
import org.marketaccess.portal.opportunity.OpportunityDetails;
import org.marketaccess.portal.opportunity.OpportunityId;
import org.marketaccess.portal.opportunity.OpportunityService;
import org.marketaccess.portal.organization.OrganizationId;
import org.marketaccess.portal.organization.OrganizationService;
import org.marketaccess.portal.organization.OrganizationType;
import org.marketaccess.portal.shared.IllegalTransitionException;
import org.marketaccess.portal.shared.InvalidInputException;
import org.marketaccess.portal.shell.RouteTable.Entry;
import org.marketaccess.portal.shell.RouteTable.Identity;
import org.marketaccess.portal.testing.ActAs;
import org.marketaccess.portal.testing.BrowserlessViewTest;
import org.marketaccess.portal.testing.Members;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Issue 14's generated access test: every route of the running application (read from Vaadin's
 * route registry, so a new route is tried at once and fails here until {@link RouteTable} says who
 * may open it) × every identity × the ids of other organizations' objects: drafts and published
 * postings, introductions requested, approved and declined, and the match pages of their postings.
 * Each case checks what the page shows (browserless: the route's view, the not-found page or the
 * login; the object's title only where its viewer may see it; contact data never) and what the
 * service behind it answers the same identity (refused, or the object only where it may be seen).
 * ServiceAccessIT and AccessRulesTest check the role rules of the service methods themselves.
 */
@BrowserlessViewTest
class EveryRouteAccessIT extends SpringBrowserlessTest {

    @Autowired
    Members members;

    @Autowired
    ActAs actAs;

    @Autowired
    UserDetailsService users;

    @Autowired
    OrganizationService organizations;

    @Autowired
    NeedService needs;

    @Autowired
    OpportunityService opportunities;

    @Autowired
    IntroductionService introductions;

    @Autowired
    MatchingService matching;

    /**
     * One try: an address, who may see its object on the page, the object's words, the service
     * behind the page and who it answers (the program may ask for any posting's matches, but has no
     * page for another organization's).
     */
    private record Case(
            Entry entry,
            String url,
            Predicate<Identity> sees,
            List<String> words,
            Supplier<Object> service,
            Predicate<Identity> answers,
            boolean missingId) {

        Case(
                Entry entry,
                String url,
                Predicate<Identity> sees,
                List<String> words,
                Supplier<Object> service,
                boolean missingId) {
            this(entry, url, sees, words, service, sees, missingId);
        }
    }

    @Test
    void everyRouteAnswersEveryIdentityOnlyWithWhatItMaySee() {
        Map<String, Class<? extends Component>> routes = routes();
        Set<String> unknown = new TreeSet<>(routes.keySet());
        unknown.removeAll(RouteTable.ROUTES.keySet());
        assertThat(unknown)
                .as("routes RouteTable does not classify yet: add each with what it takes and who opens it")
                .isEmpty();
        Set<String> gone = new TreeSet<>(RouteTable.ROUTES.keySet());
        gone.removeAll(routes.keySet());
        assertThat(gone).as("routes in RouteTable that no longer exist").isEmpty();

        ForeignObjects foreign =
                ForeignObjects.create(members, actAs, organizations, needs, opportunities, introductions);
        String unverified = members.member(OrganizationType.STARTUP, false);
        List<Case> cases = new ArrayList<>();
        RouteTable.ROUTES.values().forEach(entry -> cases.addAll(cases(entry, foreign)));

        int pages = 0;
        int services = 0;
        for (Identity who : RouteTable.identities()) {
            signIn(who, unverified);
            try {
                for (Case tried : cases) {
                    checkPage(who, tried, routes.get(tried.entry().route()), foreign);
                    pages++;
                    if (tried.service() != null) {
                        checkService(who, tried);
                        services++;
                    }
                }
            } finally {
                SecurityContextHolder.clearContext();
            }
        }
        System.out.println("ACCESS CASES n=" + pages + " (routes=" + routes.size() + ", identities="
                + RouteTable.identities().size() + ", addresses=" + cases.size() + ", service checks=" + services
                + ")");
        assertThat(pages).isEqualTo(RouteTable.identities().size() * cases.size());
        assertThat(cases.size()).as("addresses tried per identity").isGreaterThanOrEqualTo(routes.size());
    }

    /** The addresses a route is tried with: its own, and one per foreign object of the kind it takes. */
    private List<Case> cases(Entry entry, ForeignObjects foreign) {
        String route = entry.route();
        List<Case> cases = new ArrayList<>();
        switch (entry.takes()) {
            case NOTHING -> cases.add(new Case(entry, route, who -> true, List.of(), null, false));
            case NEED -> {
                cases.add(new Case(entry, route, who -> false, List.of(), null, true));
                cases.add(need(entry, route + "/" + foreign.needDraft(), foreign.title("need draft"), false));
                cases.add(need(entry, route + "/" + foreign.needPublished(), foreign.title("need published"), true));
            }
            case OPPORTUNITY -> {
                cases.add(new Case(entry, route, who -> false, List.of(), null, true));
                cases.add(opportunity(
                        entry, route + "/" + foreign.opportunityDraft(), foreign.title("opportunity draft"), false));
                cases.add(opportunity(
                        entry,
                        route + "/" + foreign.opportunityPublished(),
                        foreign.title("opportunity published"),
                        true));
            }
            case OWN_NEED_TO_EDIT, OWN_NEED_MATCHES -> {
                cases.add(new Case(entry, route, who -> true, List.of(), null, false));
                boolean edit = entry.takes() == RouteTable.Takes.OWN_NEED_TO_EDIT;
                for (var need : Map.of(foreign.needDraft(), "need draft", foreign.needPublished(), "need published")
                        .entrySet()) {
                    NeedId id = need.getKey();
                    cases.add(new Case(
                            entry,
                            route + "/" + id,
                            who -> false,
                            List.of(foreign.title(need.getValue())),
                            edit
                                    ? () -> needs.find(id).filter(NeedDetails::mine)
                                    : () -> matching.opportunitiesForNeed(id, 5),
                            who -> !edit && who.program(),
                            false));
                }
            }
            case OWN_OPPORTUNITY_TO_EDIT, OWN_OPPORTUNITY_MATCHES -> {
                cases.add(new Case(entry, route, who -> true, List.of(), null, false));
                boolean edit = entry.takes() == RouteTable.Takes.OWN_OPPORTUNITY_TO_EDIT;
                for (var opportunity : Map.of(
                                foreign.opportunityDraft(),
                                "opportunity draft",
                                foreign.opportunityPublished(),
                                "opportunity published")
                        .entrySet()) {
                    OpportunityId id = opportunity.getKey();
                    cases.add(new Case(
                            entry,
                            route + "/" + id,
                            who -> false,
                            List.of(foreign.title(opportunity.getValue())),
                            edit
                                    ? () -> opportunities.find(id).filter(OpportunityDetails::mine)
                                    : () -> matching.needsForOpportunity(id, 5),
                            who -> !edit && who.program(),
                            false));
                }
            }
            case MATCH -> {
                cases.add(match(
                        entry,
                        foreign.needPublished(),
                        foreign.opportunityPublished(),
                        List.of(foreign.title("need published"), foreign.title("opportunity published"))));
                cases.add(match(
                        entry,
                        foreign.needDraft(),
                        foreign.opportunityDraft(),
                        List.of(foreign.title("need draft"), foreign.title("opportunity draft"))));
            }
            case INTRODUCTION -> {
                String base = route.substring(0, route.indexOf("/:"));
                cases.add(introduction(entry, base, foreign.requested(), foreign.title("need published"), foreign));
                cases.add(introduction(entry, base, foreign.approved(), foreign.title("need approved"), foreign));
                cases.add(introduction(entry, base, foreign.declined(), foreign.title("need declined"), foreign));
            }
            case REQUEST_QUERY -> {
                cases.add(new Case(entry, route, who -> true, List.of(), null, false));
                for (var need : Map.of(foreign.needDraft(), false, foreign.needPublished(), true)
                        .entrySet()) {
                    NeedId id = need.getKey();
                    boolean published = need.getValue();
                    cases.add(new Case(
                            entry,
                            route + "?need=" + id,
                            who -> published && who.verified(Roles.PROVIDER),
                            List.of(foreign.title(published ? "need published" : "need draft")),
                            () -> introductions.requestOptions(id, null),
                            false));
                }
                for (var opportunity : Map.of(foreign.opportunityDraft(), false, foreign.opportunityPublished(), true)
                        .entrySet()) {
                    OpportunityId id = opportunity.getKey();
                    boolean published = opportunity.getValue();
                    cases.add(new Case(
                            entry,
                            route + "?opportunity=" + id,
                            who -> published && who.verified(Roles.STARTUP),
                            List.of(foreign.title(published ? "opportunity published" : "opportunity draft")),
                            () -> introductions.requestOptions(null, id),
                            false));
                }
            }
            case ORGANIZATION -> {
                cases.add(new Case(entry, route, who -> true, List.of(), null, false));
                for (OrganizationId id : List.of(foreign.startup(), foreign.provider())) {
                    cases.add(new Case(
                            entry,
                            route + "/" + id,
                            Identity::program,
                            List.of(),
                            () -> organizations.organization(id),
                            false));
                }
            }
        }
        return cases;
    }

    private Case need(Entry entry, String url, String title, boolean published) {
        NeedId id = NeedId.parse(url.substring(url.lastIndexOf('/') + 1));
        return new Case(entry, url, who -> seesNeed(who, published), List.of(title), () -> needs.find(id), false);
    }

    private Case opportunity(Entry entry, String url, String title, boolean published) {
        OpportunityId id = OpportunityId.parse(url.substring(url.lastIndexOf('/') + 1));
        return new Case(
                entry,
                url,
                who -> seesOpportunity(who, published),
                List.of(title),
                () -> opportunities.find(id),
                false);
    }

    private Case match(Entry entry, NeedId need, OpportunityId opportunity, List<String> titles) {
        String url = "matches/" + need + "/" + opportunity;
        return new Case(entry, url, Identity::program, titles, () -> matching.match(need, opportunity), false);
    }

    private Case introduction(Entry entry, String base, IntroductionId id, String needTitle, ForeignObjects foreign) {
        return new Case(
                entry,
                base + "/" + id,
                Identity::program,
                List.of(needTitle, foreign.title("opportunity published")),
                () -> introductions.details(id),
                false);
    }

    /** The program sees every posting; a verified startup's member a published need's other side. */
    private static boolean seesNeed(Identity who, boolean published) {
        return who.program() || (published && who.verified(Roles.PROVIDER));
    }

    private static boolean seesOpportunity(Identity who, boolean published) {
        return who.program() || (published && who.verified(Roles.STARTUP));
    }

    private void checkPage(Identity who, Case tried, Class<? extends Component> target, ForeignObjects foreign) {
        String what = who + " at /" + tried.url();
        int query = tried.url().indexOf('?');
        if (query < 0) {
            UI.getCurrent().navigate(tried.url());
        } else {
            UI.getCurrent()
                    .navigate(
                            tried.url().substring(0, query),
                            QueryParameters.fromString(tried.url().substring(query + 1)));
        }
        com.vaadin.flow.component.HasElement shown = getCurrentView();
        String text = shown.getElement().getTextRecursively();
        boolean opens = tried.entry().opens(who);
        if (tried.missingId()) {
            // no route matches: Vaadin's not-found page for everyone (over HTTP, Spring Security
            // sends an anonymous visitor to the login first, as for any unknown address)
            assertThat(shown)
                    .as(what + ": an address without its id is not found")
                    .isInstanceOf(NotFoundView.class);
        } else if (!opens) {
            assertThat(shown)
                    .as(what + ": refused")
                    .isInstanceOf(who == Identity.ANONYMOUS ? LoginView.class : NotFoundView.class);
        } else if (tried.entry().sendsHome(who)) {
            assertThat(shown).as(what + ": sent home").isInstanceOf(HomeView.class);
        } else {
            assertThat(shown.getClass()).as(what + ": opens").isEqualTo(target);
        }
        boolean sees = opens && !tried.missingId() && tried.sees().test(who);
        for (String word : tried.words()) {
            if (sees) {
                assertThat(text).as(what + ": shows what its viewer may see").contains(word);
            } else {
                assertThat(text)
                        .as(what + ": shows nothing of the foreign object")
                        .doesNotContain(word);
            }
        }
        // contact persons leave only with an introduction made (none here) or to the program's verification
        boolean programOnOrganization = who.program() && tried.entry().takes() == RouteTable.Takes.ORGANIZATION;
        if (!programOnOrganization) {
            for (String contact : foreign.contactPersons()) {
                assertThat(text).as(what + ": no contact person").doesNotContain(contact);
            }
        }
        if (!who.program()) {
            for (String member : foreign.members()) {
                assertThat(text).as(what + ": no member's e-mail").doesNotContain(member);
            }
        }
    }

    /** The service behind the page, as the same identity: the object only where its viewer may see it. */
    private void checkService(Identity who, Case tried) {
        String what = who + " asking the service behind /" + tried.url();
        Optional<String> refused = refusal(tried.service());
        if (tried.answers().test(who)) {
            assertThat(refused).as(what + ": answers").isEmpty();
        } else {
            assertThat(refused).as(what + ": refuses").isPresent();
        }
    }

    /** Why the service refused (an access or input refusal, or nothing found); empty when it answered. */
    private static Optional<String> refusal(Supplier<Object> service) {
        try {
            Object answer = service.get();
            return answer instanceof Optional<?> found && found.isEmpty() ? Optional.of("empty") : Optional.empty();
        } catch (AccessDeniedException
                | AuthenticationException
                | InvalidInputException
                | IllegalTransitionException refusedWith) {
            return Optional.of(refusedWith.getClass().getSimpleName());
        }
    }

    /** Signs {@code who} in and starts a fresh UI for them, as a new browser session would. */
    private void signIn(Identity who, String unverified) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        if (who == Identity.ANONYMOUS) {
            context.setAuthentication(new AnonymousAuthenticationToken(
                    "access-test", "anonymousUser", AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
        } else {
            UserDetails user =
                    users.loadUserByUsername(who == Identity.UNVERIFIED_STARTUP ? unverified : who.demoEmail());
            context.setAuthentication(
                    UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        }
        SecurityContextHolder.setContext(context);
        cleanVaadinEnvironment();
        initVaadinEnvironment();
    }

    /** The application's routes by their {@code @Route} value, read from Vaadin's registry. */
    private static Map<String, Class<? extends Component>> routes() {
        Map<String, Class<? extends Component>> routes = new LinkedHashMap<>();
        for (RouteData data : RouteConfiguration.forApplicationScope().getAvailableRoutes()) {
            Class<? extends Component> target = data.getNavigationTarget();
            if (!target.getPackageName().startsWith("org.marketaccess.portal")) {
                continue;
            }
            Route route = target.getAnnotation(Route.class);
            if (route == null) {
                fail(target + " is a route without @Route");
            }
            routes.put(route.value(), target);
        }
        return routes;
    }
}
