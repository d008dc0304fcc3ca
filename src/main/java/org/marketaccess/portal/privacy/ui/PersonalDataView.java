package org.marketaccess.portal.privacy.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import org.marketaccess.portal.identity.Roles;
import org.marketaccess.portal.privacy.PrivacyService;
import org.marketaccess.portal.shared.InvalidInputException;

/** A member downloads their data or deletes their account (decision 023). */
@Route("account/data")
@RolesAllowed({Roles.STARTUP, Roles.PROVIDER})
class PersonalDataView extends VerticalLayout implements HasDynamicTitle {

    final Anchor download;
    final PasswordField password = new PasswordField();
    final Button delete = new Button();
    private final PrivacyService privacy;
    private final AuthenticationContext authentication;

    PersonalDataView(PrivacyService privacy, AuthenticationContext authentication) {
        this.privacy = privacy;
        this.authentication = authentication;
        addClassName("personal-data-view");
        download = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    byte[] json = privacy.myDataAsJson();
                    return new DownloadResponse(
                            new ByteArrayInputStream(json), "my-data.json", "application/json", json.length);
                }),
                getTranslation("privacy.download"));
        download.setId("download-my-data");
        download.addClassName("download-link");
        password.setLabel(getTranslation("privacy.delete.password"));
        delete.setText(getTranslation("privacy.delete"));
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        delete.addClickListener(click -> confirm());
        Div content = new Div(
                new H2(getTranslation("privacy.title")),
                new H3(getTranslation("privacy.download.title")),
                new Paragraph(getTranslation("privacy.download.text")),
                download,
                new H3(getTranslation("privacy.directory.title")),
                new Paragraph(getTranslation("privacy.directory.text")),
                new H3(getTranslation("privacy.delete.title")),
                new Paragraph(getTranslation("privacy.delete.text")),
                password,
                new Div(delete));
        content.addClassName("narrow-form");
        add(content);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("privacy.title");
    }

    private void confirm() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("privacy.delete.confirm.title"));
        dialog.add(new Paragraph(getTranslation("privacy.delete.confirm.text")));
        Button yes = new Button(getTranslation("privacy.delete"), click -> {
            dialog.close();
            deleteAccount();
        });
        yes.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        dialog.getFooter().add(new Button(getTranslation("cancel"), click -> dialog.close()), yes);
        dialog.open();
    }

    private void deleteAccount() {
        try {
            privacy.deleteMyAccount(password.getValue());
        } catch (InvalidInputException invalid) {
            password.setErrorMessage(
                    getTranslation(invalid.fieldErrors().values().iterator().next()));
            password.setInvalid(true);
            return;
        }
        authentication.logout();
    }
}
