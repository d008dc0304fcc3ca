package org.marketaccess.portal.identity.ui;

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
        add(new H2(getTranslation("account.title")), emailSection, passwordSection);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("account.title");
    }
}
