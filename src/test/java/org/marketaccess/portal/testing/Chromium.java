package org.marketaccess.portal.testing;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;
import com.microsoft.playwright.options.ServiceWorkerPolicy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The system's Chromium, headless, driven by Playwright. Playwright never downloads a browser here:
 * the machine's Chromium is used, started with the flags this closed network needs.
 */
public final class Chromium implements AutoCloseable {

    public static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final Playwright playwright;
    private final Browser browser;

    /** First requests to a cold dev-mode server and PBKDF2 logins can take seconds on a busy 2-core machine. */
    private static final double TIMEOUT_MS = 20_000;

    public Chromium() {
        PlaywrightAssertions.setDefaultAssertionTimeout(TIMEOUT_MS);
        playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(RequiresChromium.executable())
                        .setHeadless(true)
                        .setArgs(List.of(
                                "--no-sandbox",
                                "--disable-gpu",
                                "--disable-quic",
                                "--no-first-run",
                                "--disable-background-networking",
                                "--disable-component-update",
                                "--disable-sync",
                                "--disable-dev-shm-usage")));
    }

    /** A fresh browser context (its own cookies and session) with one page. */
    public Page newPage() {
        return newPage(1280, 860);
    }

    /** A fresh browser context with one page whose viewport is {@code width} × {@code height} CSS pixels. */
    public Page newPage(int width, int height) {
        return newPage(width, height, "en-US");
    }

    /** A fresh browser context whose browser speaks {@code locale} (its Accept-Language), e.g. {@code ca-ES}. */
    public Page newPage(int width, int height, String locale) {
        return newPage(
                new Browser.NewContextOptions().setViewportSize(width, height).setLocale(locale));
    }

    /**
     * A fresh browser context that installs no service worker: Playwright's {@code page.route} does
     * not see the requests a service worker makes, and the portal's (the installable app's) would
     * fetch a routed navigation from the portal itself.
     */
    public Page newPageWithoutServiceWorker() {
        return newPage(new Browser.NewContextOptions()
                .setViewportSize(1280, 860)
                .setLocale("en-US")
                .setServiceWorkers(ServiceWorkerPolicy.BLOCK));
    }

    private Page newPage(Browser.NewContextOptions options) {
        BrowserContext context = browser.newContext(options);
        context.setDefaultTimeout(TIMEOUT_MS);
        context.setDefaultNavigationTimeout(TIMEOUT_MS * 2);
        return context.newPage();
    }

    /**
     * Submits the login form. Waits until the page has settled and checks that the typed values are
     * there before submitting: on a busy machine Vaadin may still be rendering the form.
     */
    public static void submitLogin(Page page, String baseUrl, String email, String password) {
        page.navigate(baseUrl + "/login");
        page.waitForLoadState(LoadState.NETWORKIDLE);
        Locator emailField = page.getByRole(
                AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("E-mail").setExact(true));
        Locator passwordField = page.getByRole(
                AriaRole.TEXTBOX,
                new Page.GetByRoleOptions().setName("Password").setExact(true));
        emailField.fill(email);
        passwordField.fill(password);
        PlaywrightAssertions.assertThat(emailField).hasValue(email);
        PlaywrightAssertions.assertThat(passwordField).hasValue(password);
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Log in").setExact(true))
                .click();
        page.waitForLoadState(LoadState.NETWORKIDLE);
    }

    public static void screenshot(Page page, String name) {
        try {
            Files.createDirectories(SCREENSHOTS.resolve(name).getParent());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(SCREENSHOTS.resolve(name + ".png"))
                .setFullPage(true));
        // A full-page screenshot resizes the viewport and back: Vaadin tells the server (window-resize) and
        // the page lays itself out again. A click right after could land where a button was a moment ago
        // (a lost Register click on the registration form), so wait until the round trip is over and two
        // frames have been drawn.
        page.waitForFunction("() => !(window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients)"
                + " || Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive())");
        page.evaluate("() => new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)))");
    }

    /** A screenshot of every page still open, named {@code prefix-N}: what each user saw when something failed. */
    public void screenshotEveryPage(String prefix) {
        int n = 0;
        for (BrowserContext context : browser.contexts()) {
            for (Page page : context.pages()) {
                screenshot(page, prefix + "-" + ++n);
            }
        }
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
