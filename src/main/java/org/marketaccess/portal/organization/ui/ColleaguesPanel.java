package org.marketaccess.portal.organization.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import org.marketaccess.portal.organization.Colleague;
import org.marketaccess.portal.organization.ColleagueService;
import org.marketaccess.portal.organization.OrganizationProfile;
import org.marketaccess.portal.organization.PendingInvitation;
import org.marketaccess.portal.shared.InvalidInputException;
import org.marketaccess.portal.shared.ui.Dates;

/** The profile's list of members, with inviting, removing and leaving. */
class ColleaguesPanel extends Div {

    final EmailField inviteEmail = new EmailField();
    final Button invite = new Button();
    final Div members = new Div();
    final Div pending = new Div();
    private final ColleagueService colleagues;
    private final OrganizationProfile organization;

    ColleaguesPanel(ColleagueService colleagues, OrganizationProfile organization) {
        this.colleagues = colleagues;
        this.organization = organization;
        setId("colleagues");
        members.addClassName("colleague-list");
        inviteEmail.setLabel(getTranslation("colleagues.invite.email"));
        inviteEmail.setHelperText(getTranslation("colleagues.invite.help"));
        inviteEmail.setMaxLength(254);
        invite.setText(getTranslation("colleagues.invite"));
        invite.addClickListener(click -> invite());
        HorizontalLayout inviting = new HorizontalLayout(inviteEmail, invite);
        inviting.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        inviting.setWrap(true);
        add(new H3(getTranslation("colleagues.title")), new Paragraph(getTranslation("colleagues.help")), members);
        if (organization.verified()) {
            add(inviting, pending);
        } else {
            add(new Paragraph(getTranslation("colleagues.invite.unverified")));
        }
        refresh();
    }

    private void refresh() {
        members.removeAll();
        for (Colleague colleague : colleagues.colleagues()) {
            Span who = new Span(colleague.name() + " · " + colleague.email()
                    + (colleague.me() ? " " + getTranslation("colleagues.you") : ""));
            Button action = colleague.me()
                    ? new Button(getTranslation("colleagues.leave"), click -> confirmLeave())
                    : new Button(getTranslation("colleagues.remove"), click -> confirmRemove(colleague));
            action.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            HorizontalLayout row = new HorizontalLayout(who, action);
            row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
            row.setWrap(true);
            row.addClassName("colleague");
            members.add(row);
        }
        pending.removeAll();
        var invitations = colleagues.pendingInvitations();
        if (!invitations.isEmpty()) {
            pending.add(new Span(getTranslation("colleagues.pending")));
            for (PendingInvitation invitation : invitations) {
                pending.add(new Div(new Span(getTranslation(
                        "colleagues.pending.until",
                        invitation.email(),
                        Dates.date(getLocale()).format(invitation.expiresAt())))));
            }
        }
    }

    private void invite() {
        try {
            colleagues.invite(inviteEmail.getValue());
        } catch (InvalidInputException invalid) {
            inviteEmail.setErrorMessage(
                    getTranslation(invalid.fieldErrors().values().iterator().next()));
            inviteEmail.setInvalid(true);
            return;
        }
        inviteEmail.setInvalid(false);
        Notification.show(
                        getTranslation(
                                "colleagues.invited", inviteEmail.getValue().strip()),
                        4000,
                        Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        inviteEmail.clear();
        refresh();
    }

    private void confirmRemove(Colleague colleague) {
        confirm(
                getTranslation("colleagues.remove.title", colleague.name()),
                getTranslation("colleagues.remove.text", colleague.name()),
                getTranslation("colleagues.remove"),
                () -> act(
                        () -> colleagues.remove(colleague.id()),
                        getTranslation("colleagues.removed", colleague.name())));
    }

    private void confirmLeave() {
        confirm(
                getTranslation("colleagues.leave.title", organization.name()),
                getTranslation("colleagues.leave.text"),
                getTranslation("colleagues.leave"),
                () -> {
                    if (act(colleagues::leave, getTranslation("colleagues.left"))) {
                        getUI().ifPresent(ui -> ui.getPage().reload());
                    }
                });
    }

    private void confirm(String title, String text, String action, Runnable confirmed) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(title);
        dialog.add(new Paragraph(text));
        Button yes = new Button(action, click -> {
            dialog.close();
            confirmed.run();
        });
        yes.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        dialog.getFooter().add(new Button(getTranslation("cancel"), click -> dialog.close()), yes);
        dialog.open();
    }

    private boolean act(Runnable action, String done) {
        try {
            action.run();
        } catch (InvalidInputException refused) {
            Notification.show(
                            getTranslation(
                                    refused.fieldErrors().values().iterator().next()),
                            6000,
                            Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
            return false;
        }
        Notification.show(done, 4000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        refresh();
        return true;
    }
}
