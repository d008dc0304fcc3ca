package org.marketaccess.portal.identity.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import org.marketaccess.portal.identity.CurrentUser;
import org.marketaccess.portal.identity.internal.SecondFactorSession;
import org.springframework.stereotype.Component;

/** Navigation inside Vaadin while a second factor is owed leads to the two-factor step, wherever it aimed. */
@Component
class SecondFactorGate implements VaadinServiceInitListener {

    private final CurrentUser currentUser;

    SecondFactorGate(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(this::check));
    }

    private void check(BeforeEnterEvent event) {
        Class<?> target = event.getNavigationTarget();
        if (target == TwoFactorView.class || target == LoginView.class) {
            return;
        }
        VaadinSession session = VaadinSession.getCurrent();
        if (session == null) {
            return;
        }
        Object owing = session.getSession().getAttribute(SecondFactorSession.PENDING);
        currentUser
                .get()
                .filter(user -> SecondFactorSession.pending(owing, user.id()))
                .ifPresent(user -> event.rerouteTo(TwoFactorView.class));
    }
}
