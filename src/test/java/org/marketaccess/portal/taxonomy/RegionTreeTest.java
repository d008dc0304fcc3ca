package org.marketaccess.portal.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RegionTreeTest {

    private final RegionTree tree = new RegionTree(List.of(
            region("anywhere", null),
            region("north-america", "anywhere"),
            region("new-england", "north-america"),
            region("massachusetts", "new-england"),
            region("europe", "anywhere"),
            region("united-kingdom", "europe"),
            region("yorkshire", "united-kingdom")));

    @Test
    void aRegionContainsEveryRegionNestedInIt() {
        assertThat(tree.within("united-kingdom")).containsExactlyInAnyOrder("united-kingdom", "yorkshire");
        assertThat(tree.within("anywhere")).hasSize(7);
        assertThat(tree.within("massachusetts")).containsExactly("massachusetts");
    }

    @Test
    void enclosingRegionsRunFromInnermostToAnywhere() {
        assertThat(tree.enclosing("massachusetts"))
                .containsExactly("massachusetts", "new-england", "north-america", "anywhere");
    }

    @Test
    void aNeedOpenToTheUnitedKingdomIsOpenToAYorkshireHospital() {
        assertThat(tree.isWithin("yorkshire", "united-kingdom")).isTrue();
        assertThat(tree.isWithin("united-kingdom", "yorkshire")).isFalse();
        assertThat(tree.isWithin("massachusetts", "europe")).isFalse();
    }

    @Test
    void unknownRegionsContainNothing() {
        assertThat(tree.within("atlantis")).isEmpty();
        assertThat(tree.enclosing("atlantis")).isEmpty();
    }

    private static Term region(String code, String parent) {
        return new Term(TaxonomyKind.REGION, code, code, parent, 0);
    }
}
