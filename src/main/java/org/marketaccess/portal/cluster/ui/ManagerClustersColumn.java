package org.marketaccess.portal.cluster.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.Set;
import org.marketaccess.portal.cluster.Cluster;
import org.marketaccess.portal.cluster.ClusterService;
import org.marketaccess.portal.cluster.ManagerClusterService;
import org.marketaccess.portal.identity.AccountColumn;
import org.marketaccess.portal.identity.AccountSummary;
import org.marketaccess.portal.identity.Roles;
import org.marketaccess.portal.shared.InvalidInputException;

/**
 * The clusters of a program manager on the Accounts page: the administrator ticks them there. A
 * refused choice (none at all) is undone and said why.
 */
@org.springframework.stereotype.Component
class ManagerClustersColumn implements AccountColumn {

    private final ManagerClusterService managers;
    private final ClusterService clusters;

    ManagerClustersColumn(ManagerClusterService managers, ClusterService clusters) {
        this.managers = managers;
        this.clusters = clusters;
    }

    @Override
    public String headerKey() {
        return "accounts.clusters";
    }

    @Override
    public Component cell(AccountSummary account) {
        if (!Roles.PROGRAM_MANAGER.equals(account.role())) {
            return null;
        }
        MultiSelectComboBox<String> field = new MultiSelectComboBox<>();
        field.setItems(clusters.all().stream().map(Cluster::code).toList());
        field.setItemLabelGenerator(clusters::name);
        field.setValue(managers.of(account.id()));
        field.setAriaLabel(field.getTranslation("accounts.clusters") + " " + account.email());
        field.setId("clusters-" + account.id());
        field.addValueChangeListener(changed -> {
            if (!changed.isFromClient()) {
                return;
            }
            try {
                managers.assign(account.id(), changed.getValue());
            } catch (InvalidInputException refused) {
                Set<String> before = changed.getOldValue();
                field.setValue(before);
                String key = refused.fieldErrors().values().stream().findFirst().orElse("cluster.unknown");
                Notification.show(field.getTranslation(key)).addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        });
        return field;
    }
}
