package org.marketaccess.portal.cluster.internal;

import java.util.List;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

public interface ClusterRepository extends Repository<ClusterEntity, String> {

    List<ClusterEntity> findAllByOrderByPositionAsc();

    /** Each agreement as (cluster, partner); the table holds both directions. */
    @Query(value = "select cluster_code, partner_code from cluster_partner", nativeQuery = true)
    List<Object[]> partnerPairs();
}
