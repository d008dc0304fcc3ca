package org.marketaccess.portal.taxonomy.internal;

import java.util.List;
import org.springframework.data.repository.Repository;

public interface TaxonomyTermRepository extends Repository<TaxonomyTermEntity, TaxonomyTermEntity.Key> {

    List<TaxonomyTermEntity> findAllByOrderByIdKindAscSortOrderAsc();
}
