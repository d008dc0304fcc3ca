package org.marketaccess.portal.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.function.SerializablePredicate;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.PreDestroy;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.marketaccess.portal.shared.LiveChange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Tells open pages about changes, by server push instead of polling. A view follows a type of
 * {@link LiveChange} while it is attached; each such change published in the application reaches it
 * after the publishing transaction commits, through {@code UI.access} on a worker thread (the
 * publisher never runs a page's queries), with the security context of the user who opened the page.
 * Changes that arrive while one is still waiting to be shown are folded into it: a page re-reads once
 * per burst (an import of a thousand postings), not once per change.
 */
@org.springframework.stereotype.Component
public class LiveUpdates {

    private static final Logger log = LoggerFactory.getLogger(LiveUpdates.class);

    private final Set<Follower<?>> followers = ConcurrentHashMap.newKeySet();
    /** Deliveries wait for a session's lock: each on a virtual thread of its own, never the publisher's. */
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }

    /**
     * While {@code component} is attached, {@code show} runs in its UI for each change of {@code type}
     * that {@code concerns} it (the latest of a burst).
     */
    public <E extends LiveChange> void follow(
            Component component,
            Class<E> type,
            SerializablePredicate<? super E> concerns,
            SerializableConsumer<? super E> show) {
        AtomicReference<Registration> current = new AtomicReference<>();
        component.addAttachListener(attach -> current.set(start(attach.getUI(), type, concerns, show)));
        component.addDetachListener(detach -> {
            Registration registration = current.getAndSet(null);
            if (registration != null) {
                registration.remove();
            }
        });
        component.getUI().ifPresent(ui -> current.set(start(ui, type, concerns, show)));
    }

    public <E extends LiveChange> void follow(
            Component component, Class<E> type, SerializableConsumer<? super E> show) {
        follow(component, type, change -> true, show);
    }

    private <E extends LiveChange> Registration start(
            UI ui, Class<E> type, SerializablePredicate<? super E> concerns, SerializableConsumer<? super E> show) {
        // attach runs in the page's request: its user is the one the page shows things to
        Follower<E> follower = new Follower<>(ui, SecurityContextHolder.getContext(), type, concerns, show);
        followers.add(follower);
        return () -> followers.remove(follower);
    }

    @EventListener
    void on(LiveChange change) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    offer(change);
                }
            });
        } else {
            offer(change);
        }
    }

    private void offer(LiveChange change) {
        for (Follower<?> follower : followers) {
            follower.offer(change);
        }
    }

    private final class Follower<E extends LiveChange> {
        private final UI ui;
        private final SecurityContext security;
        private final Class<E> type;
        private final SerializablePredicate<? super E> concerns;
        private final SerializableConsumer<? super E> show;
        private final AtomicReference<E> latest = new AtomicReference<>();
        private final AtomicBoolean waiting = new AtomicBoolean();

        Follower(
                UI ui,
                SecurityContext security,
                Class<E> type,
                SerializablePredicate<? super E> concerns,
                SerializableConsumer<? super E> show) {
            this.ui = ui;
            this.security = security;
            this.type = type;
            this.concerns = concerns;
            this.show = show;
        }

        void offer(LiveChange change) {
            if (!type.isInstance(change) || !concerns(type.cast(change))) {
                return;
            }
            latest.set(type.cast(change));
            if (waiting.compareAndSet(false, true)) {
                try {
                    executor.execute(this::deliver);
                } catch (RejectedExecutionException stopping) {
                    waiting.set(false); // the portal is stopping: the page reloads after the restart
                }
            }
        }

        private void deliver() {
            try {
                ui.access(() -> {
                    waiting.set(false);
                    E change = latest.getAndSet(null);
                    if (change != null) {
                        withUser(() -> show.accept(change));
                    }
                });
            } catch (UIDetachedException gone) {
                followers.remove(this);
            } catch (RuntimeException failure) {
                waiting.set(false);
                log.warn("A page could not be told about {}", type.getSimpleName(), failure);
            }
        }

        /** Whether the change is for this page, asked as the page's user (e.g. "is it my notification?"). */
        private boolean concerns(E change) {
            boolean[] answer = new boolean[1];
            withUser(() -> answer[0] = concerns.test(change));
            return answer[0];
        }

        private void withUser(Runnable work) {
            SecurityContext before = SecurityContextHolder.getContext();
            SecurityContextHolder.setContext(security);
            try {
                work.run();
            } finally {
                SecurityContextHolder.setContext(before);
            }
        }
    }
}
