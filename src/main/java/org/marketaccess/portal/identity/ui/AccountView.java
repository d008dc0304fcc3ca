package org.marketaccess.portal.identity.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.marketaccess.portal.identity.CurrentUser;
import org.marketaccess.portal.identity.EmailVerificationService;
import org.marketaccess.portal.identity.PasswordService;
import org.marketaccess.portal.identity.Roles;

/**
 * "Your account", for every signed-in role, reached from the user's name in the top bar. A page of
 * small sections, each its own component, so that more settings can join it as sections.
 */
@Route("account")
@RolesAllowed({Roles.STARTUP, Roles.PROVIDER, Roles.PROGRAM_MANAGER, Roles.ADMIN})
class AccountView extends VerticalLayout implements HasDynamicTitle {

    final EmailSection emailSection;
    final PasswordSection passwordSection;

    AccountView(CurrentUser currentUser, EmailVerificationService verifications, PasswordService passwords) {
        addClassName("account-view");
        emailSection = new EmailSection(currentUser.require().email(), verifications);
        passwordSection = new PasswordSection(passwords);
        add(new H2(getTranslation("account.title")), emailSection, passwordSection, moreSettings(currentUser));
    }

    /** Links to the settings that have pages of their own: two-factor login and, for members, their data. */
    private Div moreSettings(CurrentUser currentUser) {
        Div links = new Div(new Anchor("account/two-factor", getTranslation("two-factor.settings.title")));
        if (Roles.SELF_REGISTERED.contains(currentUser.require().role())) {
            // the privacy feature's page (decision 023); a link, as identity knows nothing of privacy
            links.add(new Anchor("account/data", getTranslation("nav.personal-data")));
        }
        links.addClassName("account-more");
        links.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-l)");
        return links;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("account.title");
    }
}
