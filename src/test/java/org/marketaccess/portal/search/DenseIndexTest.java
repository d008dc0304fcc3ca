package org.marketaccess.portal.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The HNSW index of the hybrid evaluation finds the nearest postings of the other kind and organization. */
class DenseIndexTest {

    private static float[] unit(float... values) {
        double norm = 0;
        for (float v : values) {
            norm += v * v;
        }
        float[] unit = new float[values.length];
        for (int i = 0; i < values.length; i++) {
            unit[i] = (float) (values[i] / Math.sqrt(norm));
        }
        return unit;
    }

    @Test
    void nearestPostingsOfTheOtherKindOutsideTheOrganizationWithTheirCosine() {
        List<DenseIndex.Posting> postings = List.of(
                new DenseIndex.Posting("n1", "NEED", "org-a", "need"),
                new DenseIndex.Posting("o-same", "OPPORTUNITY", "org-a", "own organization"),
                new DenseIndex.Posting("o-close", "OPPORTUNITY", "org-b", "close"),
                new DenseIndex.Posting("o-far", "OPPORTUNITY", "org-c", "far"),
                new DenseIndex.Posting("n2", "NEED", "org-d", "another need, closest of all"));
        List<float[]> vectors =
                List.of(unit(1, 0, 0), unit(1, 0.01f, 0), unit(1, 0.5f, 0), unit(0, 0, 1), unit(1, 0, 0.001f));
        try (DenseIndex index = new DenseIndex(postings, vectors)) {
            var nearest = index.nearest(index.vector("n1"), "OPPORTUNITY", "org-a", 10);
            assertThat(nearest.keySet()).containsExactly("o-close", "o-far");
            assertThat(nearest.get("o-close"))
                    .isCloseTo(1 / Math.sqrt(1.25), org.assertj.core.data.Offset.offset(1e-6));
            assertThat(nearest.get("o-far")).isCloseTo(0, org.assertj.core.data.Offset.offset(1e-6));
            assertThat(index.nearest(index.vector("n1"), null, null, 1).keySet())
                    .containsExactly("n1");
        }
    }
}
