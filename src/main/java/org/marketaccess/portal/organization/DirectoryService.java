package org.marketaccess.portal.organization;

import jakarta.annotation.security.PermitAll;
import java.util.Set;
import org.marketaccess.portal.organization.internal.Organization;
import org.marketaccess.portal.organization.internal.OrganizationRepository;
import org.marketaccess.portal.shared.LikePatterns;
import org.marketaccess.portal.taxonomy.TaxonomyService;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The public stakeholder directory: verified organizations that opted in, without contact persons. */
@Service
@PermitAll
@Transactional(readOnly = true)
public class DirectoryService {

    private final OrganizationRepository organizations;
    private final TaxonomyService taxonomy;

    DirectoryService(OrganizationRepository organizations, TaxonomyService taxonomy) {
        this.organizations = organizations;
        this.taxonomy = taxonomy;
    }

    public Page<DirectoryEntry> search(DirectoryQuery query, Pageable pageable) {
        Set<String> regions = regions(query);
        return organizations
                .findForDirectory(
                        LikePatterns.contains(query.text()), query.type(), regions.isEmpty(), orNone(regions), pageable)
                .map(Organization::toDirectoryEntry);
    }

    public long count(DirectoryQuery query) {
        Set<String> regions = regions(query);
        return organizations.countForDirectory(
                LikePatterns.contains(query.text()), query.type(), regions.isEmpty(), orNone(regions));
    }

    /** A region filter covers the regions nested in it: "New England" finds Massachusetts. */
    private Set<String> regions(DirectoryQuery query) {
        if (query.region() == null || query.region().isBlank()) {
            return Set.of();
        }
        Set<String> within = taxonomy.regions().within(query.region());
        // an unknown region code matches nothing rather than everything
        return within.isEmpty() ? Set.of("-none-") : within;
    }

    /** An empty IN list is not valid SQL everywhere, so the "any region" case passes a dummy. */
    private static Set<String> orNone(Set<String> regions) {
        return regions.isEmpty() ? Set.of("") : regions;
    }
}
