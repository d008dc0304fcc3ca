package org.marketaccess.portal.notification;

import java.util.Set;
import org.marketaccess.portal.shared.LiveChange;

/** New in-app notifications were written for these accounts (by e-mail): their bells count again. */
public record NotificationsArrived(Set<String> recipients) implements LiveChange {

    public NotificationsArrived {
        recipients = Set.copyOf(recipients);
    }
}
