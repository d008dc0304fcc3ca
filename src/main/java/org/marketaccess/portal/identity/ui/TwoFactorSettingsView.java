package org.marketaccess.portal.identity.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.marketaccess.portal.identity.CurrentUser;
import org.marketaccess.portal.identity.SignedInUser;
import org.marketaccess.portal.identity.TwoFactorService;
import org.marketaccess.portal.identity.TwoFactorService.Requirement;

/** The account's two-factor settings: whether it is on, setting it up (again), recovery codes left. */
@Route("account/two-factor")
@PermitAll
class TwoFactorSettingsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final Button setUp = new Button();
    private final TwoFactorService twoFactor;
    private final CurrentUser currentUser;

    TwoFactorSettingsView(TwoFactorService twoFactor, CurrentUser currentUser) {
        this.twoFactor = twoFactor;
        this.currentUser = currentUser;
        setMaxWidth("40rem");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        show();
    }

    private void show() {
        removeAll();
        SignedInUser user = currentUser.require();
        add(new H2(getTranslation("two-factor.settings.title")));
        Requirement requirement = twoFactor.requirementFor(user.role());
        if (requirement == Requirement.OFF) {
            add(new Paragraph(getTranslation("two-factor.settings.off")));
            return;
        }
        boolean enrolled = twoFactor.enrolled(user.id());
        add(new Paragraph(
                enrolled
                        ? getTranslation("two-factor.settings.on", twoFactor.recoveryCodesLeft())
                        : getTranslation(
                                requirement == Requirement.REQUIRED
                                        ? "two-factor.settings.required"
                                        : "two-factor.settings.optional")));
        setUp.setText(getTranslation(enrolled ? "two-factor.settings.again" : "two-factor.settings.set-up"));
        setUp.addClickListener(click -> {
            remove(setUp);
            add(new EnrolmentPanel(twoFactor, this::show));
        });
        add(setUp);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("two-factor.settings.title");
    }
}
