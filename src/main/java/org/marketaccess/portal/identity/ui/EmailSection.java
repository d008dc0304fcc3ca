package org.marketaccess.portal.identity.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import org.marketaccess.portal.identity.EmailVerificationService;

/** The account page's e-mail section: the login address, and whether it is confirmed. */
class EmailSection extends Section {

    final Paragraph state = new Paragraph();
    final Button resend = new Button();

    EmailSection(String email, EmailVerificationService verifications) {
        addClassName("account-section");
        add(new H3(getTranslation("account.email.section")), state);
        if (verifications.isMyEmailVerified()) {
            state.setText(getTranslation("account.email.verified", email));
        } else {
            state.setText(getTranslation("account.email.unverified", email));
            resend.setText(getTranslation("account.email.resend"));
            resend.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            resend.addClickListener(click -> {
                verifications.resend(email);
                resend.setEnabled(false);
                Notification.show(
                                getTranslation("account.email.resent", email), 5000, Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            });
            add(resend);
        }
    }
}
