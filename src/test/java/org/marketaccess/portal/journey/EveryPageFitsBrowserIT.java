package org.marketaccess.portal.journey;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;
import com.vaadin.flow.router.Route;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.marketaccess.portal.introduction.IntroductionId;
import org.marketaccess.portal.introduction.IntroductionService;
import org.marketaccess.portal.need.NeedId;
import org.marketaccess.portal.opportunity.OpportunityId;
import org.marketaccess.portal.testing.ActAs;
import org.marketaccess.portal.testing.BrowserTest;
import org.marketaccess.portal.testing.Chromium;
import org.marketaccess.portal.testing.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every route, for every role that may open it, at a phone's width (390 px) and a laptop's (1366 px):
 * a screenshot of each, and a failure where the page scrolls sideways, where text runs past the
 * screen's edge, or where a grid cuts its text off. The list of visits must cover every route.
 */
@BrowserTest
class EveryPageFitsBrowserIT {

    static final int[] WIDTHS = {390, 1366};

    static Chromium chromium;

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    IntroductionService introductions;

    @Autowired
    ActAs actAs;

    @BeforeAll
    static void startChromium() {
        chromium = new Chromium();
    }

    @AfterAll
    static void stopChromium() {
        if (chromium != null) {
            chromium.close();
        }
    }

    /** One page as one role opens it: the route's template, the address with real ids. */
    record Visit(String template, String path) {}

    @Test
    void everyRouteFitsAPhoneAndALaptopForEveryRoleThatOpensIt() {
        Map<String, List<Visit>> plan = plan();
        Set<String> visited = new TreeSet<>();
        plan.values().forEach(visits -> visits.forEach(visit -> visited.add(visit.template())));
        assertThat(visited).as("every route is visited").containsExactlyInAnyOrderElementsOf(routes());

        List<String> problems = new ArrayList<>();
        for (int width : WIDTHS) {
            for (Map.Entry<String, List<Visit>> role : plan.entrySet()) {
                Page page = open(role.getKey(), width);
                try {
                    for (Visit visit : role.getValue()) {
                        problems.addAll(check(page, width, role.getKey(), visit));
                    }
                } finally {
                    page.context().close();
                }
            }
        }
        assertThat(problems).as("pages that do not fit").isEmpty();
        assertThat(policyViolations)
                .as("Content-Security-Policy violations in the console")
                .isEmpty();
    }

    private List<String> check(Page page, int width, String role, Visit visit) {
        page.navigate(base() + visit.path());
        page.waitForLoadState(LoadState.LOAD);
        settle(page);
        @SuppressWarnings("unchecked")
        Map<String, Object> measured = (Map<String, Object>) page.evaluate(MEASURE);
        screenshotWhole(page, "70-every-page/" + width + "/" + role + slug(visit.path()));
        List<String> problems = new ArrayList<>();
        String where = width + " px, " + role + ", " + visit.path() + ": ";
        int scrollWidth = ((Number) measured.get("scrollWidth")).intValue();
        int innerWidth = ((Number) measured.get("innerWidth")).intValue();
        if (scrollWidth > innerWidth) {
            problems.add(where + "scrolls sideways (" + scrollWidth + " > " + innerWidth + ")");
        }
        for (Object box : (List<?>) measured.get("sideways")) {
            problems.add(where + "scrolls sideways inside: " + box);
        }
        for (Object clipped : (List<?>) measured.get("clipped")) {
            problems.add(where + "runs past the edge: " + clipped);
        }
        for (Object cut : (List<?>) measured.get("cut")) {
            problems.add(where + "grid cell cut off: " + cut);
        }
        if (!page.url().startsWith(base() + visit.path().replaceAll("\\?.*", ""))) {
            problems.add(where + "ended at " + page.url());
        }
        return problems;
    }

    /**
     * A screenshot of the whole page. The app layout scrolls its content inside the window, so the
     * window is made as tall as that content for the picture, then set back.
     */
    private static void screenshotWhole(Page page, String name) {
        int height = ((Number) page.evaluate(TALLEST_SCROLLER)).intValue();
        var viewport = page.viewportSize();
        if (height > viewport.height) {
            page.setViewportSize(viewport.width, Math.min(height, 12_000));
            page.waitForTimeout(200);
        }
        Chromium.screenshot(page, name);
        if (height > viewport.height) {
            page.setViewportSize(viewport.width, viewport.height);
        }
    }

    /** How tall the window must be to show the content of the element that scrolls it, shadow roots included. */
    private static final String TALLEST_SCROLLER = """
            () => {
              let tallest = document.documentElement.scrollHeight;
              const visit = root => {
                for (const el of root.querySelectorAll('*')) {
                  const o = getComputedStyle(el).overflowY;
                  if ((o === 'auto' || o === 'scroll') && el.scrollHeight > el.clientHeight + 1) {
                    const r = el.getBoundingClientRect();
                    if (r.height > window.innerHeight / 2) {
                      tallest = Math.max(tallest, Math.ceil(window.innerHeight + el.scrollHeight - el.clientHeight));
                    }
                  }
                  if (el.shadowRoot) visit(el.shadowRoot);
                }
              };
              visit(document);
              return tallest;
            }
            """;

    /** Waits until Vaadin has no request under way, twice in a row, so that lazy content is there. */
    private static void settle(Page page) {
        for (int i = 0; i < 2; i++) {
            page.waitForFunction("() => { const c = window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients;"
                    + " return !!c && Object.values(c).every(x => !x.isActive || !x.isActive()); }");
            page.waitForTimeout(150);
        }
    }

    /**
     * The page's width against the window's, visible text-bearing elements whose right edge is past
     * the window's (outside grids and scrolling boxes, which scroll on their own), and grid cells
     * whose text is wider than the cell.
     */
    private static final String MEASURE = """
            () => {
              const inner = window.innerWidth;
              const describe = el => {
                let s = el.tagName.toLowerCase();
                if (el.id) s += '#' + el.id;
                const text = (el.innerText || el.textContent || '').trim().replace(/\\s+/g, ' ').slice(0, 50);
                return s + (text ? ' "' + text + '"' : '');
              };
              const scrolls = el => {
                for (let a = el.parentElement; a; a = a.parentElement) {
                  const o = getComputedStyle(a).overflowX;
                  if ((o === 'auto' || o === 'scroll') && a.scrollWidth > a.clientWidth) return true;
                }
                return false;
              };
              const clipped = [];
              for (const el of document.querySelectorAll('body *')) {
                if (el.closest('vaadin-grid')) continue;
                const own = [...el.childNodes].some(n => n.nodeType === Node.TEXT_NODE && n.textContent.trim());
                if (el.childElementCount > 0 && !own) continue;
                const text = (el.textContent || '').trim();
                if (!text || !el.checkVisibility({visibilityProperty: true, opacityProperty: true})) continue;
                const r = el.getBoundingClientRect();
                if (r.width > 0 && r.right > inner + 1 && r.left < inner && !scrolls(el)) clipped.push(describe(el));
              }
              const cut = [];
              for (const el of document.querySelectorAll('vaadin-grid-cell-content')) {
                const r = el.getBoundingClientRect();
                if (r.width === 0 || !el.checkVisibility()) continue;
                if (el.scrollWidth > el.clientWidth + 1) cut.push(describe(el));
              }
              // boxes that scroll sideways (the app layout's content among them); grids scroll on purpose
              const sideways = [];
              const walk = root => {
                for (const el of root.querySelectorAll('*')) {
                  if (el.tagName === 'VAADIN-GRID') continue;
                  const o = getComputedStyle(el).overflowX;
                  if ((o === 'auto' || o === 'scroll') && el.scrollWidth > el.clientWidth + 1
                      && el.getBoundingClientRect().width > 0) sideways.push(describe(el).slice(0, 60));
                  if (el.shadowRoot) walk(el.shadowRoot);
                }
              };
              walk(document);
              return { scrollWidth: document.documentElement.scrollWidth, innerWidth: inner,
                       sideways: sideways.slice(0, 5), clipped: clipped.slice(0, 5), cut: cut.slice(0, 5) };
            }
            """;

    /** What Chromium refused under the portal's Content-Security-Policy, on any page of any role. */
    private final List<String> policyViolations = new ArrayList<>();

    private Page open(String role, int width) {
        Page page = chromium.newPage(width, width < 600 ? 844 : 900);
        page.onConsoleMessage(message -> {
            if (message.text().contains("Content Security Policy")) {
                policyViolations.add(role + " " + width + " px " + page.url() + ": " + message.text());
            }
        });
        String email =
                switch (role) {
                    case "anonymous" -> null;
                    case "startup" -> TestData.DEMO_STARTUP;
                    case "provider" -> TestData.DEMO_PROVIDER;
                    case "program-manager" -> TestData.DEMO_PROGRAM_MANAGER;
                    case "admin" -> TestData.DEMO_ADMIN;
                    default -> throw new IllegalArgumentException(role);
                };
        if (email != null) {
            Chromium.submitLogin(page, base(), email, TestData.DEMO_PASSWORD);
        }
        return page;
    }

    /** What each role opens, with ids of the demo data each may see. */
    private Map<String, List<Visit>> plan() {
        String startupOrg = organizationOf(TestData.DEMO_STARTUP);
        String providerOrg = organizationOf(TestData.DEMO_PROVIDER);
        String need = first(
                "select id from need where organization_id = ? and status = 'PUBLISHED' order by title", startupOrg);
        String opportunity = first(
                "select id from opportunity where organization_id = ? and status = 'PUBLISHED' order by title",
                providerOrg);
        // one request approved (both sides see it, the provider with its answer form), one in review
        String introduction = introductionBetween(need, opportunity, true);
        String inReview = introductionBetween(
                need,
                first(
                        "select id from opportunity where organization_id = ? and status = 'PUBLISHED' and id <> ?"
                                + " order by title",
                        providerOrg,
                        UUID.fromString(opportunity)),
                false);
        // the request page with its form: a pair of the startup's need with no request under way
        String otherOpportunity = first(
                "select o.id from opportunity o where o.status = 'PUBLISHED' and o.organization_id <> ?"
                        + " and not exists (select 1 from introduction i where i.need_id = ? and i.opportunity_id = o.id)"
                        + " order by o.title",
                providerOrg,
                UUID.fromString(need));
        String pending = first("select id from organization where status = 'PENDING_VERIFICATION' order by name");
        String match = "/matches/" + need + "/" + opportunity;

        Map<String, List<Visit>> plan = new java.util.LinkedHashMap<>();
        plan.put(
                "anonymous",
                List.of(
                        new Visit("", "/"),
                        new Visit("login", "/login"),
                        new Visit("register", "/register"),
                        new Visit("invitation", "/invitation/a-link-that-no-longer-works"),
                        new Visit("forgot-password", "/forgot-password"),
                        new Visit("reset-password", "/reset-password?token=not-a-link-the-portal-sent"),
                        new Visit("verify-email", "/verify-email"),
                        new Visit("directory", "/directory")));
        plan.put(
                "startup",
                List.of(
                        new Visit("", "/"),
                        new Visit("needs", "/needs"),
                        new Visit("needs/edit", "/needs/edit"),
                        new Visit("needs/edit", "/needs/edit/" + need),
                        new Visit("needs/view", "/needs/view/" + need),
                        new Visit("matching-opportunities", "/matching-opportunities/" + need),
                        new Visit("matches/:needId/:opportunityId", match),
                        new Visit("pilot-opportunities", "/pilot-opportunities?clinicalArea=cardiology"),
                        new Visit("opportunities/view", "/opportunities/view/" + opportunity),
                        new Visit(
                                "introductions/request",
                                "/introductions/request?need=" + need + "&opportunity=" + otherOpportunity),
                        new Visit("introductions", "/introductions"),
                        new Visit("introductions/:id", "/introductions/" + introduction),
                        new Visit("notifications", "/notifications"),
                        new Visit("profile", "/profile"),
                        new Visit("account/data", "/account/data"),
                        new Visit("account/two-factor", "/account/two-factor"),
                        new Visit("account", "/account"),
                        new Visit("directory", "/directory")));
        plan.put(
                "provider",
                List.of(
                        new Visit("", "/"),
                        new Visit("opportunities", "/opportunities"),
                        new Visit("opportunities/edit", "/opportunities/edit"),
                        new Visit("opportunities/edit", "/opportunities/edit/" + opportunity),
                        new Visit("matching-innovations", "/matching-innovations/" + opportunity),
                        new Visit("innovation-needs", "/innovation-needs"),
                        new Visit("needs/view", "/needs/view/" + need),
                        new Visit("matches/:needId/:opportunityId", match),
                        new Visit(
                                "introductions/request",
                                "/introductions/request?need=" + need + "&opportunity=" + opportunity),
                        new Visit("introductions", "/introductions"),
                        new Visit("introductions/:id", "/introductions/" + introduction),
                        new Visit("notifications", "/notifications"),
                        new Visit("profile", "/profile"),
                        new Visit("account/data", "/account/data")));
        plan.put(
                "program-manager",
                List.of(
                        new Visit("", "/"),
                        new Visit("organizations", "/organizations"),
                        new Visit("organizations", "/organizations/" + pending),
                        new Visit("introductions/queue", "/introductions/queue"),
                        new Visit("introductions/:id", "/introductions/" + inReview),
                        new Visit("postings", "/postings"),
                        new Visit("innovation-needs", "/innovation-needs?q=monitoring"),
                        new Visit("pilot-opportunities", "/pilot-opportunities"),
                        new Visit("needs/view", "/needs/view/" + need),
                        new Visit("opportunities/view", "/opportunities/view/" + opportunity),
                        new Visit("matches/:needId/:opportunityId", match),
                        new Visit("insight", "/insight"),
                        new Visit("import", "/import"),
                        new Visit("audit", "/audit"),
                        new Visit("notifications", "/notifications")));
        plan.put(
                "admin",
                List.of(
                        new Visit("", "/"),
                        new Visit("admin/accounts", "/admin/accounts"),
                        new Visit("admin/search-index", "/admin/search-index"),
                        new Visit("account", "/account"),
                        new Visit("insight", "/insight"),
                        new Visit("account/two-factor", "/account/two-factor"),
                        new Visit("directory", "/directory")));
        return plan;
    }

    /** The templates of the portal's routes, read from their annotations. */
    private static Set<String> routes() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        Set<String> templates = new LinkedHashSet<>();
        for (BeanDefinition candidate : scanner.findCandidateComponents("org.marketaccess.portal")) {
            try {
                templates.add(Class.forName(candidate.getBeanClassName())
                        .getAnnotation(Route.class)
                        .value());
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }
        // the second step of a login opens only while a login owes it (never in this test profile);
        // TwoFactorBrowserIT checks it at 390 and 1366 px
        templates.remove("two-factor");
        return templates;
    }

    /** The demo startup's request about the pair, made (and approved) now if the demo data has none. */
    private String introductionBetween(String need, String opportunity, boolean approved) {
        List<String> existing = jdbc.queryForList(
                "select id from introduction where need_id = ? and opportunity_id = ?",
                String.class,
                UUID.fromString(need),
                UUID.fromString(opportunity));
        if (!existing.isEmpty()) {
            return existing.getFirst();
        }
        IntroductionId id = actAs.user(
                TestData.DEMO_STARTUP,
                () -> introductions.request(
                        new NeedId(UUID.fromString(need)),
                        new OpportunityId(UUID.fromString(opportunity)),
                        "We would like to run a pilot with you."));
        if (approved) {
            actAs.user(TestData.DEMO_PROGRAM_MANAGER, () -> {
                introductions.approve(
                        id,
                        "Start with the discharge workflow.",
                        introductions.details(id).orElseThrow().version());
                return null;
            });
        }
        return id.toString();
    }

    private String organizationOf(String email) {
        return first(
                "select m.organization_id from organization_member m join account a on a.id = m.account_id where a.email = ?",
                email);
    }

    private String first(String sql, Object... arguments) {
        List<String> ids = jdbc.queryForList(sql, String.class, arguments);
        assertThat(ids).as(sql).isNotEmpty();
        return ids.getFirst();
    }

    private static String slug(String path) {
        String slug = path.replaceAll("[0-9a-f]{8}-[0-9a-f-]{27}", "id").replaceAll("[^A-Za-z0-9]+", "-");
        return slug.equals("-") ? "-home" : slug.replaceAll("-$", "");
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
