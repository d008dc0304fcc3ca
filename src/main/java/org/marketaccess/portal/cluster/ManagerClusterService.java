package org.marketaccess.portal.cluster;

import jakarta.annotation.security.RolesAllowed;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.marketaccess.portal.cluster.internal.ManagerClusterStore;
import org.marketaccess.portal.identity.AccountId;
import org.marketaccess.portal.identity.AccountService;
import org.marketaccess.portal.identity.CurrentUser;
import org.marketaccess.portal.identity.Roles;
import org.marketaccess.portal.shared.InvalidInputException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The clusters a program manager works for: the queue they work and the decisions they may take
 * are those of requests in which either side belongs to one of them (decision 028). Administrators
 * assign them; a new manager starts with every cluster, as the existing ones did in migration V16,
 * so that nothing leaves a queue until an administrator narrows it.
 */
@Service
@RolesAllowed(Roles.ADMIN)
@Transactional
public class ManagerClusterService {

    private final ManagerClusterStore store;
    private final ClusterService clusters;
    private final AccountService accounts;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;

    ManagerClusterService(
            ManagerClusterStore store,
            ClusterService clusters,
            AccountService accounts,
            CurrentUser currentUser,
            ApplicationEventPublisher events) {
        this.store = store;
        this.clusters = clusters;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.events = events;
    }

    /** The clusters of the signed-in program manager; none for anyone else. */
    @RolesAllowed({Roles.PROGRAM_MANAGER, Roles.ADMIN})
    @Transactional(readOnly = true)
    public Set<String> mine() {
        return currentUser
                .get()
                .filter(user -> user.hasRole(Roles.PROGRAM_MANAGER))
                .map(user -> store.of(user.id().value()))
                .orElseGet(Set::of);
    }

    /** The program managers who work for at least one of {@code clusters}: whom a request's notices reach. */
    @RolesAllowed({Roles.PROGRAM_MANAGER, Roles.ADMIN})
    @Transactional(readOnly = true)
    public List<AccountId> managersOf(Collection<String> clusters) {
        return store.managersOf(clusters).stream().map(AccountId::new).toList();
    }

    @Transactional(readOnly = true)
    public Set<String> of(AccountId account) {
        return store.of(account.value());
    }

    /**
     * Sets the clusters a program manager works for: at least one, each a cluster. Refused for an
     * account that is not a program manager's; an unchanged set changes nothing.
     */
    public void assign(AccountId account, Collection<String> chosen) {
        Set<String> after = new LinkedHashSet<>(chosen == null ? List.of() : chosen);
        if (after.isEmpty()) {
            throw new InvalidInputException("clusters", "cluster.manager.choose-one");
        }
        if (!clusters.unknown(after).isEmpty()) {
            throw new InvalidInputException("clusters", "cluster.unknown");
        }
        boolean manager = accounts.find(account)
                .map(found -> Roles.PROGRAM_MANAGER.equals(found.role()))
                .orElse(false);
        if (!manager) {
            throw new InvalidInputException("clusters", "cluster.manager.not-a-manager");
        }
        Set<String> before = store.of(account.value());
        if (before.equals(after)) {
            return;
        }
        store.replace(account.value(), after);
        events.publishEvent(new ManagerClustersChanged(account, Set.copyOf(before), Set.copyOf(after)));
    }
}
