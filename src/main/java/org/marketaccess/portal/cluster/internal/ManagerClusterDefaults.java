package org.marketaccess.portal.cluster.internal;

import org.marketaccess.portal.cluster.Cluster;
import org.marketaccess.portal.cluster.ClusterService;
import org.marketaccess.portal.identity.IdentityEvents.AccountCreated;
import org.marketaccess.portal.identity.IdentityEvents.AccountRoleChanged;
import org.marketaccess.portal.identity.Roles;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A new program manager works for every cluster, as the existing ones did in migration V16, so that
 * nothing leaves a queue until an administrator narrows it; an account that stops being a manager
 * works for none. In the transaction that made the account or changed its role.
 */
@Component
class ManagerClusterDefaults {

    private final ManagerClusterStore store;
    private final ClusterService clusters;

    ManagerClusterDefaults(ManagerClusterStore store, ClusterService clusters) {
        this.store = store;
        this.clusters = clusters;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(AccountCreated created) {
        if (Roles.PROGRAM_MANAGER.equals(created.role())) {
            store.replace(created.accountId().value(), allCodes());
        }
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(AccountRoleChanged changed) {
        if (Roles.PROGRAM_MANAGER.equals(changed.after())) {
            store.replace(changed.accountId().value(), allCodes());
        } else if (Roles.PROGRAM_MANAGER.equals(changed.before())) {
            store.replace(changed.accountId().value(), java.util.List.of());
        }
    }

    private java.util.List<String> allCodes() {
        return clusters.all().stream().map(Cluster::code).toList();
    }
}
