package org.marketaccess.portal.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.marketaccess.portal.testing.TestMailServer.addresses;
import static org.marketaccess.portal.testing.TestMailServer.text;

import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.marketaccess.portal.introduction.IntroductionId;
import org.marketaccess.portal.introduction.IntroductionService;
import org.marketaccess.portal.need.NeedId;
import org.marketaccess.portal.need.NeedService;
import org.marketaccess.portal.opportunity.OpportunityId;
import org.marketaccess.portal.opportunity.OpportunityService;
import org.marketaccess.portal.organization.OrganizationType;
import org.marketaccess.portal.testing.ActAs;
import org.marketaccess.portal.testing.BrowserTest;
import org.marketaccess.portal.testing.Chromium;
import org.marketaccess.portal.testing.Members;
import org.marketaccess.portal.testing.PortalPages;
import org.marketaccess.portal.testing.Postings;
import org.marketaccess.portal.testing.TestData;
import org.marketaccess.portal.testing.TestMailServer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The portal in English, Spanish and Catalan (issue 15, decision 026): the browser's language at first,
 * a switch from the language menu kept on the account, and mails in each reader's own language. Every
 * test uses members of its own: an account keeps the language it first signs in with.
 */
@BrowserTest
class LanguagesBrowserIT {

    static final String PM = TestData.DEMO_PROGRAM_MANAGER;
    static final int SMTP_PORT = TestMailServer.freePort();
    static final GreenMail smtp = TestMailServer.onPort(SMTP_PORT);
    static Chromium chromium;

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry properties) {
        TestMailServer.register(properties, SMTP_PORT);
    }

    @LocalServerPort
    int port;

    @Autowired
    Members members;

    @Autowired
    ActAs actAs;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    NeedService needs;

    @Autowired
    OpportunityService opportunities;

    @Autowired
    IntroductionService introductions;

    @BeforeAll
    static void start() {
        smtp.start();
        chromium = new Chromium();
    }

    @AfterAll
    static void stop() {
        if (chromium != null) {
            chromium.close();
        }
        smtp.stop();
    }

    @AfterEach
    void screenshotsOnFailure() {
        // every page of the test, as the person saw it last (named after this class)
        chromium.screenshotEveryPage("languages/last");
    }

    @Test
    void aCatalanBrowserGetsTheLandingTheLoginAndAStartupsHomeInCatalan() {
        String startup = members.member(OrganizationType.STARTUP, true);
        for (int width : new int[] {1366, 390}) {
            Page visitor = chromium.newPage(width, 900, "ca-ES");
            visitor.navigate(base() + "/");
            assertThat(visitor.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(2)))
                    .hasText(
                            "Empreses emergents de salut digital i proveïdors sanitaris, posats en contacte pel programa");
            assertThat(visitor.getByText("Com funciona")).isVisible();
            assertThat(visitor.locator(".landing-actions")
                            .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Inicia la sessió")))
                    .isVisible();
            assertThat(visitor.locator(".language-menu")).containsText("CA");
            Chromium.screenshot(visitor, "languages/landing-ca-" + width);
            visitor.context().close();
        }

        Page page = chromium.newPage(1366, 900, "ca-ES");
        page.navigate(base() + "/login");
        page.waitForLoadState(LoadState.NETWORKIDLE);
        assertThat(page.getByText("Inicia la sessió").first()).isVisible();
        Chromium.screenshot(page, "languages/login-ca");
        logIn(page, "Correu electrònic", "Contrasenya", "Inicia la sessió", startup);
        assertThat(page.getByText("Us donem la benvinguda, Robin Tester")).isVisible();
        assertThat(page.getByText("Què podeu fer ara")).isVisible();
        assertThat(page.locator("#organization-status")).hasText("Verificada");
        assertThat(page.locator("vaadin-side-nav-item").first()).containsText("Inici");
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tanca la sessió")))
                .isVisible();
        Chromium.screenshot(page, "languages/home-ca-1366");
        page.setViewportSize(390, 844);
        Chromium.screenshot(page, "languages/home-ca-390");
        // the language the account first signed in with is its own: its mails go out in it
        assertThat(language(startup)).isEqualTo("ca");
        page.context().close();
    }

    /**
     * English stays the default: Vaadin's own provider lists only the locales that have a file of their
     * own (es, ca), so an English or a German browser would get whichever of them came first.
     */
    @Test
    void anEnglishOrAGermanBrowserGetsEnglish() {
        for (String locale : new String[] {"en-US", "de-DE"}) {
            Page visitor = chromium.newPage(1366, 900, locale);
            visitor.navigate(base() + "/login");
            visitor.waitForLoadState(LoadState.NETWORKIDLE);
            assertThat(visitor.getByRole(
                            AriaRole.TEXTBOX,
                            new Page.GetByRoleOptions().setName("E-mail").setExact(true)))
                    .isVisible();
            assertThat(visitor.locator(".language-menu")).containsText("EN");
            visitor.context().close();
        }
    }

    @Test
    void aSwitchToSpanishSurvivesLogoutAndLogin() {
        String provider = members.member(OrganizationType.PROVIDER, true);
        Page page = chromium.newPage(1366, 900, "en-US");
        Chromium.submitLogin(page, base(), provider, PortalPages.PASSWORD);
        assertThat(page.getByText("Welcome, Robin Tester")).isVisible();
        assertThat(language(provider)).isEqualTo("en");

        switchTo(page, "Español", "languages/menu-open-1366");
        assertThat(page.getByText("Le damos la bienvenida, Robin Tester")).isVisible();
        assertThat(page.getByText("Próximos pasos")).isVisible();
        assertThat(language(provider)).isEqualTo("es");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Cerrar sesión"))
                .click();
        page.waitForLoadState(LoadState.NETWORKIDLE);
        // signed out, this browser still reads Spanish (its cookie), the login page too
        page.navigate(base() + "/login");
        page.waitForLoadState(LoadState.NETWORKIDLE);
        logIn(page, "Correo electrónico", "Contraseña", "Iniciar sesión", provider);
        assertThat(page.getByText("Le damos la bienvenida, Robin Tester")).isVisible();
        page.context().close();

        // another browser, in English and without the cookie: the account's language wins at login
        Page elsewhere = chromium.newPage(390, 844, "en-US");
        Chromium.submitLogin(elsewhere, base(), provider, PortalPages.PASSWORD);
        assertThat(elsewhere.getByText("Le damos la bienvenida, Robin Tester")).isVisible();
        Chromium.screenshot(elsewhere, "languages/home-es-390");
        elsewhere.locator(".language-menu vaadin-menu-bar-button").first().click();
        assertThat(elsewhere.getByRole(AriaRole.MENUITEM, new Page.GetByRoleOptions().setName("Català")))
                .isVisible();
        Chromium.screenshot(elsewhere, "languages/menu-open-390");
        elsewhere.context().close();
    }

    @Test
    void anIntroductionMailReachesEachPartyInItsOwnLanguage() throws Exception {
        String word = TestData.unique("l").replace("-", "");
        String startup = members.member(OrganizationType.STARTUP, true);
        String provider = members.member(OrganizationType.PROVIDER, true);
        // the startup's member reads Catalan (a Catalan browser), the provider's chooses Spanish
        Page startupPage = chromium.newPage(1366, 900, "ca-ES");
        startupPage.navigate(base() + "/login");
        startupPage.waitForLoadState(LoadState.NETWORKIDLE);
        logIn(startupPage, "Correu electrònic", "Contrasenya", "Inicia la sessió", startup);
        assertThat(startupPage.getByText("Us donem la benvinguda, Robin Tester"))
                .isVisible();
        Page providerPage = chromium.newPage(1366, 900, "en-US");
        Chromium.submitLogin(providerPage, base(), provider, PortalPages.PASSWORD);
        switchTo(providerPage, "Español", null);
        assertThat(providerPage.getByText("Le damos la bienvenida, Robin Tester"))
                .isVisible();

        NeedId need = actAs.user(startup, () -> {
            NeedId id = needs.create(Postings.need("Need " + word));
            needs.publish(id, needs.find(id).orElseThrow().version());
            return id;
        });
        OpportunityId opportunity = actAs.user(provider, () -> {
            OpportunityId id = opportunities.create(Postings.opportunity("Pilot " + word, null, false));
            opportunities.publish(id, opportunities.find(id).orElseThrow().version());
            return id;
        });
        IntroductionId id =
                actAs.user(startup, () -> introductions.request(need, opportunity, "Please introduce us. " + word));
        actAs.user(PM, () -> introductions.approve(id, version(PM, id)));
        actAs.user(provider, () -> introductions.accept(id, version(provider, id)));

        MimeMessage toStartup = awaitMail(startup, "Presentació: Need " + word, word);
        assertThat(text(toStartup))
                .contains("Les dues parts hi han estat d’acord: la presentació ja és feta.", "Necessitat: Need " + word)
                .contains("Persones de contacte de l’organització ");
        MimeMessage toProvider = awaitMail(provider, "Puesta en contacto: Need " + word, word);
        assertThat(text(toProvider))
                .contains("Ambas partes han aceptado la puesta en contacto.", "Necesidad: Need " + word)
                .contains("Abrir en el portal: ");
        assertThat(addresses(toStartup.getRecipients(Message.RecipientType.TO))).containsExactly(startup);
        assertThat(addresses(toProvider.getRecipients(Message.RecipientType.TO)))
                .containsExactly(provider);
        // the approval before it, in each one's language too
        awaitMail(startup, "Sol·licitud de presentació: Need " + word, word);
        awaitMail(provider, "Solicitud de puesta en contacto: Need " + word, word);
        // and no English copy of either went to them
        assertThat(subjects(startup, word)).noneMatch(subject -> subject.startsWith("Introduction"));
        assertThat(subjects(provider, word)).noneMatch(subject -> subject.startsWith("Introduction"));

        // the in-app notice is the same text: the startup's bell lists it in Catalan
        startupPage.navigate(base() + "/notifications");
        assertThat(startupPage.getByText("Presentació: Need " + word).first()).isVisible();
        startupPage.context().close();
        providerPage.context().close();
    }

    // --- helpers --------------------------------------------------------------------------------

    /** Opens the language menu in the header and picks {@code language}; the page reloads in it. */
    private static void switchTo(Page page, String language, String screenshot) {
        page.locator(".language-menu vaadin-menu-bar-button").first().click();
        Locator item = page.getByRole(AriaRole.MENUITEM, new Page.GetByRoleOptions().setName(language));
        assertThat(item).isVisible();
        if (screenshot != null) {
            Chromium.screenshot(page, screenshot);
        }
        item.click();
        page.waitForLoadState(LoadState.NETWORKIDLE);
    }

    /** The login form, with the field and button names of the page's language. */
    private void logIn(Page page, String emailLabel, String passwordLabel, String submit, String email) {
        Locator emailField = page.getByRole(
                AriaRole.TEXTBOX,
                new Page.GetByRoleOptions().setName(emailLabel).setExact(true));
        Locator passwordField = page.getByRole(
                AriaRole.TEXTBOX,
                new Page.GetByRoleOptions().setName(passwordLabel).setExact(true));
        emailField.fill(email);
        passwordField.fill(PortalPages.PASSWORD);
        assertThat(emailField).hasValue(email);
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName(submit).setExact(true))
                .click();
        page.waitForLoadState(LoadState.NETWORKIDLE);
    }

    private String language(String email) {
        return jdbc.queryForObject("select language from account where email = ?", String.class, email);
    }

    private long version(String who, IntroductionId id) {
        return actAs.user(who, () -> introductions.details(id)).orElseThrow().version();
    }

    private MimeMessage awaitMail(String person, String subjectPart, String word) {
        await().atMost(Duration.ofSeconds(20))
                .until(() -> !mails(person, subjectPart, word).isEmpty());
        List<MimeMessage> found = mails(person, subjectPart, word);
        assertThat(found).as(person + " / " + subjectPart).hasSize(1);
        return found.getFirst();
    }

    private List<String> subjects(String person, String word) throws Exception {
        List<String> subjects = new ArrayList<>();
        for (MimeMessage mail : mails(person, "", word)) {
            subjects.add(mail.getSubject());
        }
        return subjects;
    }

    /** The mails in one person's mailbox (the SMTP envelope) whose subject has both texts. */
    private List<MimeMessage> mails(String person, String subjectPart, String word) {
        GreenMailUser user = smtp.getUserManager().getUserByEmail(person);
        if (user == null) {
            return List.of();
        }
        try {
            List<MimeMessage> found = new ArrayList<>();
            for (StoredMessage stored :
                    smtp.getManagers().getImapHostManager().getInbox(user).getMessages()) {
                MimeMessage mail = stored.getMimeMessage();
                if (mail.getSubject().contains(word) && mail.getSubject().contains(subjectPart)) {
                    found.add(mail);
                }
            }
            return found;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
