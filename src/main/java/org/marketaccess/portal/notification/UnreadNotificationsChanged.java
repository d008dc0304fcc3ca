package org.marketaccess.portal.notification;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.UI;

/**
 * Fired on the UI when the signed-in user has read notifications in this browser tab, so that the
 * unread count shown in the shell updates at once rather than at its next refresh.
 */
public class UnreadNotificationsChanged extends ComponentEvent<UI> {

    public UnreadNotificationsChanged(UI ui) {
        super(ui, false);
    }
}
