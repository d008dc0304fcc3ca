package org.marketaccess.portal.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marketaccess.portal.posting.PostingKind;
import org.marketaccess.portal.taxonomy.TaxonomySnapshot;

/** The index on disk: it survives a restart, rebuilds without gaps, filters deadlines and counts facets. */
class LiveIndexTest {

    static final TaxonomySnapshot TAXONOMY = TaxonomySnapshot.fromMigrations();
    static final MatchRules RULES = new MatchRules(TAXONOMY.regions(), TAXONOMY.stageRanks());
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path directory;

    @Test
    void whatWasCommittedIsThereAfterARestartAndAnUnreadableIndexStartsAfresh() throws Exception {
        try (MatchEngine engine = MatchEngine.open(directory, RULES, CLOCK)) {
            assertThat(engine.isFresh()).isTrue();
            engine.put(need("n1", "org-a", "Heart failure telemonitoring"), PostingMeta.of(3));
            engine.commit();
        }
        try (MatchEngine engine = MatchEngine.open(directory, RULES, CLOCK)) {
            assertThat(engine.isFresh()).isFalse();
            assertThat(engine.versions(PostingKind.NEED)).isEqualTo(Map.of("n1", 3L));
            assertThatThrownBy(() -> MatchEngine.open(directory, RULES, CLOCK))
                    .hasMessageContaining("in use by another process");
        }
        try (var files = Files.list(directory)) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith("segments"))
                    .toList()) {
                Files.write(file, new byte[] {1, 2, 3});
            }
        }
        try (MatchEngine engine = MatchEngine.open(directory, RULES, CLOCK)) {
            assertThat(engine.isFresh()).as("a corrupt index is started afresh").isTrue();
            assertThat(engine.count(PostingKind.NEED)).isZero();
        }
    }

    @Test
    void theCommitRecordsTheLastDatabaseChangeAppliedAndARestartReadsItBack() {
        try (MatchEngine engine = MatchEngine.open(directory, RULES, CLOCK)) {
            assertThat(engine.appliedChange())
                    .as("a new index followed no change yet")
                    .isZero();
            engine.put(need("n1", "org-a", "Heart failure telemonitoring"), PostingMeta.of(1));
            engine.commit(41);
            // closing commits what is pending, still recording 41: a change after it is applied again
            engine.put(need("n2", "org-a", "Remote cardiac rehabilitation"), PostingMeta.of(1));
        }
        try (MatchEngine engine = MatchEngine.open(directory, RULES, CLOCK)) {
            assertThat(engine.appliedChange()).isEqualTo(41);
            engine.rebuild(feed -> feed.need(need("n1", "org-a", "Heart failure telemonitoring"), PostingMeta.of(2)));
            engine.commit(57);
        }
        try (MatchEngine engine = MatchEngine.open(directory, RULES, CLOCK)) {
            assertThat(engine.appliedChange()).as("kept through a rebuild").isEqualTo(57);
        }
    }

    @Test
    void aRebuildReplacesEverythingAndSearchesNeverSeeAnEmptyIndex() {
        try (MatchEngine engine = MatchEngine.open(directory, RULES, CLOCK)) {
            engine.put(need("stale", "org-a", "Old posting"), PostingMeta.of(1));
            engine.put(need("kept", "org-a", "Kept posting"), PostingMeta.of(1));
            engine.refresh();
            engine.rebuild(feed -> {
                feed.need(need("kept", "org-a", "Kept posting, changed"), PostingMeta.of(2));
                assertThat(engine.count(PostingKind.NEED))
                        .as("searches during the rebuild")
                        .isEqualTo(2);
                feed.need(need("new", "org-b", "New posting"), PostingMeta.of(1));
            });
            assertThat(engine.versions(PostingKind.NEED)).isEqualTo(Map.of("kept", 2L, "new", 1L));
        }
    }

    @Test
    void opportunitiesPastTheirDeadlineAreNotOffered() {
        try (MatchEngine engine = MatchEngine.open(directory, RULES, CLOCK)) {
            NeedProfile need = need("n1", "org-a", "Heart failure telemonitoring");
            engine.put(opportunity("open", "Heart failure telemonitoring"), meta(LocalDate.of(2026, 11, 22)));
            engine.put(opportunity("passed", "Heart failure telemonitoring"), meta(LocalDate.of(2026, 11, 21)));
            engine.put(opportunity("none", "Heart failure telemonitoring"), meta(null));
            engine.refresh();
            assertThat(engine.opportunitiesFor(need, 10))
                    .extracting(RankedMatch::id)
                    .containsExactlyInAnyOrder("open", "none");
        }
    }

    @Test
    void eachFacetCountIsWhatChoosingThatCodeWouldGive() {
        try (MatchEngine engine = MatchEngine.open(directory, RULES, CLOCK)) {
            engine.put(need("n1", "org-a", "CHF monitoring", List.of("cardiology")), PostingMeta.of(1));
            engine.put(need("n2", "org-b", "Heart failure monitoring", List.of("cardiology")), PostingMeta.of(1));
            engine.put(need("n3", "org-c", "Heart failure monitoring", List.of("respiratory")), PostingMeta.of(1));
            engine.refresh();
            SearchResult result = engine.search(new SearchRequest(
                    PostingKind.NEED,
                    "congestive heart failure",
                    Map.of(Facet.CLINICAL_AREA, Set.of("cardiology")),
                    "org-b",
                    10));
            assertThat(result.hits()).extracting(SearchResult.Hit::id).containsExactly("n1");
            assertThat(result.total()).isEqualTo(1);
            assertThat(result.counts().get(Facet.CLINICAL_AREA))
                    .as("cardiology is chosen: its results; respiratory added to it would give n1 and n3")
                    .containsEntry("cardiology", 1L)
                    .containsEntry("respiratory", 2L);
            assertThat(result.counts().get(Facet.CATEGORY)).containsEntry("remote-monitoring", 1L);
            assertThat(result.textUsed()).isTrue();
            SearchResult nothingToSearch =
                    engine.search(new SearchRequest(PostingKind.NEED, "\"*:*\" AND (", Map.of(), null, 10));
            assertThat(nothingToSearch.textUsed()).isFalse();
            assertThat(nothingToSearch.hits()).hasSize(3).allMatch(hit -> hit.score() == null);
        }
    }

    private static PostingMeta meta(LocalDate deadline) {
        return new PostingMeta(1, Instant.parse("2026-11-01T00:00:00Z"), deadline);
    }

    static NeedProfile need(String id, String organization, String title) {
        return need(id, organization, title, List.of("cardiology"));
    }

    static NeedProfile need(String id, String organization, String title, List<String> clinicalAreas) {
        return new NeedProfile(
                id,
                organization,
                title,
                title + " at home with nurse triage",
                List.of("pilot-site"),
                List.of("remote-monitoring"),
                clinicalAreas,
                List.of("home"),
                "pilot-ready",
                List.of(),
                List.of(),
                List.of());
    }

    static OpportunityProfile opportunity(String id, String title) {
        return new OpportunityProfile(
                id,
                "org-provider",
                title,
                title + " for patients discharged from hospital",
                null,
                List.of("remote-monitoring"),
                List.of("cardiology"),
                List.of("home"),
                List.of(),
                List.of(),
                null,
                "us-ma");
    }
}
