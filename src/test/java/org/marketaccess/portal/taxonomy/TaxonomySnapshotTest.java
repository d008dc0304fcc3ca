package org.marketaccess.portal.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TaxonomySnapshotTest {

    @Test
    void readsTheListsFromTheMigrationsThatSeedThem() {
        TaxonomySnapshot taxonomy = TaxonomySnapshot.fromMigrations();
        assertThat(taxonomy.terms(TaxonomyKind.CATEGORY)).hasSize(15);
        assertThat(taxonomy.terms(TaxonomyKind.CLINICAL_AREA)).hasSize(21);
        assertThat(taxonomy.terms(TaxonomyKind.BUDGET_BAND)).hasSize(6);
        assertThat(taxonomy.stageRanks()).containsEntry("idea", 1).containsEntry("scaling", 5);
        assertThat(taxonomy.regions().isWithin("catalonia", "europe")).isTrue();
    }
}
