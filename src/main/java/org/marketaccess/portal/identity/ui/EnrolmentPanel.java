package org.marketaccess.portal.identity.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.marketaccess.portal.identity.TwoFactorService;
import org.marketaccess.portal.identity.TwoFactorService.Enrolment;
import org.marketaccess.portal.shared.InvalidInputException;

/**
 * Setting up an authenticator: the QR code and the secret in words, a code to prove it works, then
 * the recovery codes, shown once. Used at the login's enrolment step and on the account's page.
 */
class EnrolmentPanel extends VerticalLayout {

    final TextField code = new TextField();
    final Button enable = new Button();
    final Button done = new Button();

    EnrolmentPanel(TwoFactorService twoFactor, Runnable onDone) {
        setPadding(false);
        addClassName("two-factor-enrolment");
        Enrolment enrolment = twoFactor.newEnrolment();

        Image qr = new Image(QrSvg.dataUrl(enrolment.otpauthUri()), getTranslation("two-factor.enrol.qr"));
        qr.addClassName("two-factor-qr");
        qr.setWidth("200px");
        qr.setHeight("200px");
        Span secret = new Span(grouped(enrolment.secret()));
        secret.addClassName("two-factor-secret");
        secret.getElement().setAttribute("data-secret", enrolment.secret());

        code.setLabel(getTranslation("two-factor.code"));
        code.getElement().setAttribute("autocomplete", "one-time-code");
        code.setMaxLength(12);
        enable.setText(getTranslation("two-factor.enrol.confirm"));
        enable.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        enable.addClickListener(click -> {
            try {
                showRecoveryCodes(twoFactor.confirm(enrolment.secret(), code.getValue()), onDone);
            } catch (InvalidInputException wrong) {
                code.setErrorMessage(
                        getTranslation(wrong.fieldErrors().values().iterator().next()));
                code.setInvalid(true);
            }
        });
        add(
                new Paragraph(getTranslation("two-factor.enrol.scan")),
                qr,
                new Paragraph(getTranslation("two-factor.enrol.or-type")),
                secret,
                code,
                enable);
    }

    private void showRecoveryCodes(List<String> codes, Runnable onDone) {
        removeAll();
        UnorderedList list = new UnorderedList();
        list.addClassName("recovery-codes");
        codes.forEach(recovery -> list.add(new ListItem(recovery)));
        done.setText(getTranslation("two-factor.enrol.done"));
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        done.addClickListener(click -> onDone.run());
        add(new Paragraph(getTranslation("two-factor.recovery.intro", codes.size())), new Div(list), done);
    }

    private static String grouped(String secret) {
        return secret.replaceAll("(.{4})(?!$)", "$1 ");
    }
}
