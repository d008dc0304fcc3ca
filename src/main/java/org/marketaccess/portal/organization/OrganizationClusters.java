package org.marketaccess.portal.organization;

import jakarta.annotation.security.RolesAllowed;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.marketaccess.portal.identity.Roles;
import org.marketaccess.portal.organization.internal.Organization;
import org.marketaccess.portal.organization.internal.OrganizationRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which cluster an organization belongs to (exactly one; decision 028): for who sees a posting and
 * whose queue a request is in. A cluster is no secret, but an id is only known to who saw it.
 */
@Service
@RolesAllowed({Roles.STARTUP, Roles.PROVIDER, Roles.PROGRAM_MANAGER, Roles.ADMIN})
@Transactional(readOnly = true)
public class OrganizationClusters {

    private final OrganizationRepository organizations;

    OrganizationClusters(OrganizationRepository organizations) {
        this.organizations = organizations;
    }

    public Optional<String> of(OrganizationId id) {
        return id == null
                ? Optional.empty()
                : organizations.findById(id.value()).map(Organization::cluster);
    }

    public Map<OrganizationId, String> of(Collection<OrganizationId> ids) {
        Map<OrganizationId, String> clusters = new HashMap<>();
        organizations
                .findAllById(ids.stream().map(OrganizationId::value).toList())
                .forEach(found -> clusters.put(new OrganizationId(found.id()), found.cluster()));
        return clusters;
    }
}
