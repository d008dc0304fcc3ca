package org.marketaccess.portal.insight.internal;

import java.util.List;
import java.util.Set;
import org.marketaccess.portal.cluster.Cluster;
import org.marketaccess.portal.cluster.ClusterService;
import org.marketaccess.portal.cluster.ManagerClusterService;
import org.marketaccess.portal.identity.CurrentUser;
import org.marketaccess.portal.identity.Roles;
import org.marketaccess.portal.insight.InsightFilter;
import org.marketaccess.portal.insight.InsightSettings;
import org.marketaccess.portal.shared.InvalidInputException;
import org.marketaccess.portal.taxonomy.TaxonomyKind;
import org.marketaccess.portal.taxonomy.TaxonomyService;
import org.springframework.stereotype.Component;

/** Turns a filter into a {@link Scope}, refusing codes the taxonomy does not know. */
@Component
public class Scopes {

    private final TaxonomyService taxonomy;
    private final InsightSettings settings;
    private final ClusterService clusters;
    private final ManagerClusterService managers;
    private final CurrentUser currentUser;

    Scopes(
            TaxonomyService taxonomy,
            InsightSettings settings,
            ClusterService clusters,
            ManagerClusterService managers,
            CurrentUser currentUser) {
        this.taxonomy = taxonomy;
        this.settings = settings;
        this.clusters = clusters;
        this.managers = managers;
        this.currentUser = currentUser;
    }

    /**
     * The clusters a caller may filter insight by: a program manager's own, an administrator (or the
     * system's monthly summary) every cluster.
     */
    public List<Cluster> choosable() {
        Set<String> mine = managerOnly();
        return clusters.all().stream()
                .filter(cluster -> mine == null || mine.contains(cluster.code()))
                .toList();
    }

    public Scope of(InsightFilter filter) {
        // an unknown code would not narrow anything: refuse it rather than show everything
        known(TaxonomyKind.REGION, "region", filter.region());
        known(TaxonomyKind.CATEGORY, "category", filter.category());
        known(TaxonomyKind.CLINICAL_AREA, "clinicalArea", filter.clinicalArea());
        Set<String> regions =
                filter.region() == null ? Set.of() : taxonomy.regions().within(filter.region());
        Set<String> mine = managerOnly();
        if (filter.cluster() != null
                && (!clusters.exists(filter.cluster()) || (mine != null && !mine.contains(filter.cluster())))) {
            throw new InvalidInputException("cluster", "cluster.unknown");
        }
        Set<String> counted = filter.cluster() != null ? Set.of(filter.cluster()) : mine;
        return Scope.of(filter, regions, counted, settings.zone());
    }

    /** A program manager's clusters; null for an administrator or the system, who see every cluster. */
    private Set<String> managerOnly() {
        boolean manager = currentUser
                .get()
                .map(user -> user.hasRole(Roles.PROGRAM_MANAGER))
                .orElse(false);
        return manager ? managers.mine() : null;
    }

    private void known(TaxonomyKind kind, String field, String code) {
        if (code != null && !taxonomy.isValid(kind, code)) {
            throw new InvalidInputException(field, "taxonomy.unknown-code");
        }
    }
}
