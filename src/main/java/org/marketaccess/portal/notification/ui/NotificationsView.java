package org.marketaccess.portal.notification.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.marketaccess.portal.identity.Roles;
import org.marketaccess.portal.notification.NotificationItem;
import org.marketaccess.portal.notification.NotificationService;
import org.marketaccess.portal.notification.UnreadNotificationsChanged;
import org.marketaccess.portal.shared.ui.Dates;

/** The signed-in user's notifications, newest first; reached from the bell in the shell. */
@Route("notifications")
@RolesAllowed({Roles.STARTUP, Roles.PROVIDER, Roles.PROGRAM_MANAGER, Roles.ADMIN})
class NotificationsView extends VerticalLayout implements HasDynamicTitle {

    static final int SHOWN = 100;

    private final NotificationService notifications;
    final Button markAll = new Button();
    final VerticalLayout items = new VerticalLayout();
    final Paragraph empty = new Paragraph();

    NotificationsView(NotificationService notifications) {
        this.notifications = notifications;
        addClassName("notifications-view");
        setMaxWidth("48rem");

        markAll.setText(getTranslation("notification.mark-all-read"));
        markAll.addClassName("notification-mark-all");
        markAll.addClickListener(click -> {
            notifications.markAllRead();
            changed();
        });
        HorizontalLayout header = new HorizontalLayout(new H2(getTranslation("notification.title")), markAll);
        header.setWidthFull();
        header.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);

        empty.setText(getTranslation("notification.none"));
        items.setPadding(false);
        add(header, empty, items);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        show();
    }

    private void show() {
        List<NotificationItem> mine = notifications.mine(SHOWN);
        items.removeAll();
        mine.forEach(item -> items.add(card(item)));
        empty.setVisible(mine.isEmpty());
        markAll.setEnabled(mine.stream().anyMatch(item -> !item.read()));
    }

    private Div card(NotificationItem item) {
        Span subject = new Span(item.subject());
        subject.addClassName("notification-subject");
        Span time = new Span(Dates.dateTime(getLocale()).format(item.createdAt()));
        time.addClassName("notification-time");
        HorizontalLayout head = new HorizontalLayout(subject, time);
        head.setAlignItems(FlexComponent.Alignment.BASELINE);
        Paragraph body = new Paragraph(item.body());
        body.addClassName("prose");
        Div card = new Div(head, body);
        card.addClassNames("card", "notification-item");
        if (item.link() != null) {
            Anchor open = new Anchor(item.link(), getTranslation("notification.open"));
            if (!item.read()) {
                // opening it counts as reading it
                open.getElement().addEventListener("click", click -> notifications.markRead(item.id()));
            }
            card.add(open);
        }
        if (!item.read()) {
            card.addClassName("notification-unread");
            Span unread = new Span(getTranslation("notification.unread"));
            unread.addClassName("status-badge");
            head.addComponentAsFirst(unread);
            Button markRead = new Button(getTranslation("notification.mark-read"), click -> {
                notifications.markRead(item.id());
                changed();
            });
            markRead.addClassName("notification-mark-read");
            markRead.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            card.add(markRead);
        }
        return card;
    }

    /** Shows the new state here and tells the shell, so the unread count beside the bell follows. */
    private void changed() {
        show();
        getUI().ifPresent(ui -> ComponentUtil.fireEvent(ui, new UnreadNotificationsChanged(ui)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notification.title");
    }
}
