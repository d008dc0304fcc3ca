package org.marketaccess.portal.testing;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;
import java.util.regex.Pattern;

/**
 * The portal's main steps as a person takes them in the browser: register, verify, post, request,
 * approve and accept an introduction. Each step waits for the page to confirm it, so a caller can
 * chain them against a portal it did not start (the soak run) as well as a test's own.
 */
public final class PortalPages {

    public static final String PASSWORD = "a long enough passphrase";

    private static final Pattern INTRODUCTION_PAGE = Pattern.compile(".*/introductions/[0-9a-f-]{36}$");
    private static final Pattern ID_AT_END = Pattern.compile(".*/[0-9a-f-]{36}$");

    private final Chromium chromium;
    private final String base;

    public PortalPages(Chromium chromium, String base) {
        this.chromium = chromium;
        this.base = base;
    }

    public String url(String path) {
        return base + path;
    }

    /** A new browser context, logged in; the home page has greeted the user. */
    public Page login(String email, String password) {
        Page page = chromium.newPage();
        Chromium.submitLogin(page, base, email, password);
        assertThat(page.getByText("Welcome,")).isVisible();
        return page;
    }

    /** Registers a startup through the public form; returns its member's e-mail (password {@link #PASSWORD}). */
    public String registerStartup(String organizationName, String tag) {
        String email = tag + "@soak.example";
        Page visitor = chromium.newPage();
        try {
            visitor.navigate(url("/register"));
            textbox(visitor, "Your full name").fill("Soak Tester");
            textbox(visitor, "Your e-mail (your login)").fill(email);
            visitor.getByLabel("Password", new Page.GetByLabelOptions().setExact(true))
                    .fill(PASSWORD);
            visitor.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("Startup"))
                    .check();
            textbox(visitor, "Organization name").fill(organizationName);
            select(visitor, "Region", "Catalonia");
            textbox(visitor, "Description").fill("Remote monitoring of heart failure patients at home.");
            textbox(visitor, "Contact name").fill("Soak Tester");
            textbox(visitor, "Contact e-mail").fill("contact-" + email);
            button(visitor, "Register").click();
            assertThat(visitor.getByText("Thank you for registering")).isVisible();
            return email;
        } finally {
            visitor.context().close();
        }
    }

    /**
     * Follows the link of the mail that confirms a new member's e-mail address, as its owner does; until
     * then the program does not see the organization (decision 021).
     */
    public void confirmEmail(String secret) {
        Page visitor = chromium.newPage();
        try {
            visitor.navigate(url("/verify-email?token=" + secret));
            assertThat(visitor.getByText("Your e-mail address is confirmed")).isVisible();
        } finally {
            visitor.context().close();
        }
    }

    /** A program manager verifies an organization from the Organizations page. */
    public void verify(Page manager, String organizationName) {
        manager.navigate(url("/organizations"));
        manager.getByText(organizationName).first().click();
        manager.locator(".organization-details")
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Verify"))
                .click();
        Locator dialog = manager.getByRole(AriaRole.DIALOG);
        dialog.getByRole(AriaRole.TEXTBOX).fill("Welcome to the program");
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Verify"))
                .click();
        assertThat(manager.getByText(organizationName + " is verified.")).isVisible();
    }

    /** A startup writes and publishes a need in the editor; returns its id. */
    public String publishNeed(Page startup, String title) {
        fillNeed(startup, title);
        return publishFilledNeed(startup);
    }

    /** A startup writes a need in the editor, ready to publish (a caller may watch the page first). */
    public void fillNeed(Page startup, String title) {
        startup.navigate(url("/needs/edit"));
        textbox(startup, "Title").fill(title);
        textbox(startup, "Description").fill("Heart failure telemonitoring with nurse triage at home.");
        choose(startup, "Sought", "Pilot site");
        select(startup, "Product stage", "Pilot-ready");
        choose(startup, "Categories", "Remote monitoring & wearables");
        choose(startup, "Clinical areas", "Cardiology");
        choose(startup, "Care settings", "Home");
        choose(startup, "Regions of interest", "Europe");
    }

    /** Publishes the need {@link #fillNeed} wrote; returns its id. */
    public String publishFilledNeed(Page startup) {
        return publish(startup, "/needs/edit/");
    }

    /** A provider writes and publishes a pilot opportunity in the editor; returns its id. */
    public String publishOpportunity(Page provider, String title) {
        provider.navigate(url("/opportunities/edit"));
        textbox(provider, "Title").fill(title);
        textbox(provider, "Problem statement")
                .fill("Heart failure readmissions after discharge; we want telemonitoring.");
        choose(provider, "Categories", "Remote monitoring & wearables");
        choose(provider, "Clinical areas", "Cardiology");
        choose(provider, "Care settings", "Home");
        return publish(provider, "/opportunities/edit/");
    }

    /** The requester sends a request about the pair; returns the introduction's id. */
    public String requestIntroduction(Page requester, String needId, String opportunityId, String message) {
        requester.navigate(url("/introductions/request?need=" + needId + "&opportunity=" + opportunityId));
        textbox(requester, "Message to the program and the other side").fill(message);
        button(requester, "Send request").click();
        requester.waitForURL(INTRODUCTION_PAGE);
        assertThat(requester.locator(".status-badge")).hasText("Waiting for the program's review");
        return lastSegment(requester.url());
    }

    /** A program manager approves a request from its page. */
    public void approve(Page manager, String introductionId) {
        manager.navigate(url("/introductions/" + introductionId));
        button(manager, "Approve").click();
        assertThat(manager.locator(".status-badge")).hasText("Waiting for an answer");
    }

    /** The recipient accepts an approved request from its page. */
    public void accept(Page recipient, String introductionId) {
        recipient.navigate(url("/introductions/" + introductionId));
        button(recipient, "Accept introduction").click();
        assertThat(recipient.locator(".status-badge")).hasText("Introduced");
    }

    /** Clicks Publish in an editor that is filled in; returns the posting's id once the page confirms. */
    static String publish(Page page, String editorPath) {
        button(page, "Publish").click();
        assertThat(page.getByText("Published: the other side can see it now.")).isVisible();
        page.waitForURL(
                url -> url.contains(editorPath) && ID_AT_END.matcher(url).matches());
        return lastSegment(page.url());
    }

    private static String lastSegment(String url) {
        String path = url.contains("?") ? url.substring(0, url.indexOf('?')) : url;
        return path.substring(path.lastIndexOf('/') + 1);
    }

    public static Locator textbox(Page page, String name) {
        return page.getByRole(
                AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    public static Locator button(Page page, String name) {
        return page.getByRole(
                AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    /** Picks one option of a multi-select combo box and closes its overlay. */
    public static void choose(Page page, String field, String option) {
        page.getByRole(
                        AriaRole.COMBOBOX,
                        new Page.GetByRoleOptions().setName(field).setExact(true))
                .click();
        page.getByRole(
                        AriaRole.OPTION,
                        new Page.GetByRoleOptions().setName(option).setExact(true))
                .click();
        page.keyboard().press("Escape");
    }

    /** Picks the option of a select (a drop-down without typing). */
    public static void select(Page page, String label, String option) {
        page.locator("vaadin-select")
                .filter(new Locator.FilterOptions()
                        .setHas(page.getByText(label, new Page.GetByTextOptions().setExact(true))))
                .click();
        page.getByRole(
                        AriaRole.OPTION,
                        new Page.GetByRoleOptions().setName(option).setExact(true))
                .click();
        page.waitForLoadState(LoadState.NETWORKIDLE);
    }
}
