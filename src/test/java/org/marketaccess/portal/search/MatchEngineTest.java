package org.marketaccess.portal.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marketaccess.portal.taxonomy.TaxonomySnapshot;

class MatchEngineTest {

    private static final TaxonomySnapshot TAXONOMY = TaxonomySnapshot.fromMigrations();
    private static final MatchRules RULES = new MatchRules(TAXONOMY.regions(), TAXONOMY.stageRanks());

    private final NeedProfile chfNeed = need(
            "n1",
            "startup-1",
            "Pilot site for our CHF remote monitoring kit",
            "Connected scales for CHF patients after discharge.",
            List.of("united-kingdom"),
            List.of("ukca"));

    @Test
    void synonymsMatchPostingsThatUseOtherWords() {
        OpportunityProfile heartFailure = opportunity(
                "o1",
                "provider-1",
                "Reduce heart failure readmissions",
                "Patients with congestive heart failure come back too often.",
                "yorkshire",
                List.of());
        OpportunityProfile unrelated = opportunity(
                "o2",
                "provider-2",
                "Cut theatre cancellations",
                "Operating lists are cancelled on the day.",
                "yorkshire",
                List.of());
        try (MatchEngine engine = MatchEngine.inMemory(List.of(chfNeed), List.of(heartFailure, unrelated), RULES)) {
            List<RankedMatch> ranked = engine.opportunitiesFor(chfNeed, 10);
            assertThat(ranked).extracting(RankedMatch::id).first().isEqualTo("o1");
            assertThat(ranked.getFirst().score())
                    .isGreaterThan(ranked.get(1).score())
                    .isLessThanOrEqualTo(100);
        }
    }

    @Test
    void ownOrganizationPairsAreNeverRanked() {
        OpportunityProfile own =
                opportunity("o1", "startup-1", "CHF remote monitoring", "CHF.", "yorkshire", List.of());
        try (MatchEngine engine = MatchEngine.inMemory(List.of(chfNeed), List.of(own), RULES)) {
            assertThat(engine.opportunitiesFor(chfNeed, 10)).isEmpty();
            assertThat(engine.needsFor(own, 10)).isEmpty();
        }
    }

    @Test
    void regionsNestAndAMissingRequirementDemotesWithoutRemoving() {
        OpportunityProfile inYorkshire =
                opportunity("o1", "p1", "CHF remote monitoring", "CHF at home.", "yorkshire", List.of());
        OpportunityProfile inMassachusetts =
                opportunity("o2", "p2", "CHF remote monitoring", "CHF at home.", "massachusetts", List.of());
        OpportunityProfile needsFda =
                opportunity("o3", "p3", "CHF remote monitoring", "CHF at home.", "yorkshire", List.of("fda-cleared"));
        try (MatchEngine engine =
                MatchEngine.inMemory(List.of(chfNeed), List.of(inYorkshire, inMassachusetts, needsFda), RULES)) {
            assertThat(engine.regionFits(chfNeed, inYorkshire)).isTrue();
            assertThat(engine.regionFits(chfNeed, inMassachusetts)).isFalse();
            assertThat(engine.requirementsMet(chfNeed, needsFda)).isFalse();
            assertThat(engine.opportunitiesFor(chfNeed, 10))
                    .extracting(RankedMatch::id)
                    .containsExactly("o1", "o3", "o2");
            assertThat(engine.needsFor(needsFda, 10)).hasSize(1);
        }
    }

    @Test
    void anExplanationSaysWhatIsSharedWhatIsMissingAndWhereTheTextsMeet() {
        OpportunityProfile opportunity = new OpportunityProfile(
                "o1",
                "p1",
                "Reduce heart failure readmissions",
                "Patients with congestive heart failure come back too often.",
                "Fewer readmissions.",
                List.of("remote-monitoring", "care-coordination"),
                List.of("cardiology"),
                List.of("home", "inpatient"),
                List.of("fda-cleared"),
                List.of("fhir"),
                "market-ready",
                "massachusetts");
        try (MatchEngine engine = MatchEngine.inMemory(List.of(chfNeed), List.of(opportunity), RULES)) {
            MatchExplanation why = engine.explain(chfNeed, opportunity);
            assertThat(why.sharedClinicalAreas()).containsExactly("cardiology");
            assertThat(why.sharedCategories()).containsExactly("remote-monitoring");
            assertThat(why.sharedCareSettings()).containsExactly("home");
            assertThat(why.regionFits()).isFalse();
            assertThat(why.missing())
                    .extracting(MatchExplanation.Missing::code)
                    .containsExactly("fda-cleared", "fhir", "market-ready", "massachusetts");
            assertThat(why.matchingWords()).contains("heart", "failure").doesNotContain("Patients");
            assertThat(why.opportunitySnippet())
                    .anyMatch(segment -> segment.match() && segment.text().equalsIgnoreCase("congestive"));
        }
    }

    @Test
    void sharedWordsLeaveOutStopWordsNumbersAndWordsEveryPostingHasAndNameEachWordOnce() {
        NeedProfile need = need(
                "n2",
                "s2",
                "Our COPD inhaler coaching",
                "Our team and our app: we want to cut 30 day COPD readmissions. Inhaler technique.",
                List.of("anywhere"),
                List.of());
        OpportunityProfile opportunity = opportunity(
                "o1",
                "p1",
                "COPD readmissions",
                "We want our patients to use their inhaler well: 30 day readmissions for COPD are high.",
                "yorkshire",
                List.of());
        try (MatchEngine engine = MatchEngine.inMemory(List.of(need), List.of(opportunity), RULES)) {
            List<String> words = engine.explain(need, opportunity).matchingWords();
            assertThat(words).contains("COPD", "inhaler", "readmissions");
            assertThat(words).doesNotContain("Our", "our", "We", "we", "want", "30");
            assertThat(words.stream().map(String::toLowerCase)).doesNotHaveDuplicates();
        }
    }

    @Test
    void aPairHasOneScoreWhicheverSideAsksAndOtherPostingsDoNotMoveIt() {
        OpportunityProfile pair = opportunity(
                "o1", "p1", "CHF remote monitoring after discharge", "CHF patients at home.", "yorkshire", List.of());
        OpportunityProfile other = opportunity(
                "o2", "p2", "CHF monitoring at home", "Remote monitoring of CHF and COPD.", "yorkshire", List.of());
        double alone;
        try (MatchEngine engine = MatchEngine.inMemory(List.of(chfNeed), List.of(pair), RULES)) {
            alone = engine.opportunitiesFor(chfNeed, 10).getFirst().score();
            PairScore views = engine.views(chfNeed, pair);
            assertThat(views.fromNeed()).isEqualTo(alone);
            assertThat(views.fromOpportunity()).as("nothing weighs differently").isEqualTo(alone);
            assertThat(engine.needsFor(pair, 10).getFirst().score()).isEqualTo(alone);
        }
        try (MatchEngine engine = MatchEngine.inMemory(List.of(chfNeed), List.of(pair), RULES)) {
            engine.opportunitiesFor(chfNeed, 10);
            // another posting is published in the same index: the word statistics are a snapshot
            // that one posting does not renew (decision 029), so the pair keeps its number
            engine.put(other, PostingMeta.of(0));
            engine.refresh();
            assertThat(engine.opportunitiesFor(chfNeed, 10)).hasSize(2);
            assertThat(engine.opportunitiesFor(chfNeed, 10))
                    .filteredOn(match -> match.id().equals("o1"))
                    .singleElement()
                    .extracting(RankedMatch::score)
                    .isEqualTo(alone);
        }
    }

    @Test
    void whereARequirementDecidesForOneSideEachSideSeesItsOwnNumber() {
        OpportunityProfile needsFda =
                opportunity("o3", "p3", "CHF remote monitoring", "CHF at home.", "yorkshire", List.of("fda-cleared"));
        try (MatchEngine engine = MatchEngine.inMemory(List.of(chfNeed), List.of(needsFda), RULES)) {
            PairScore views = engine.views(chfNeed, needsFda);
            assertThat(views.differs()).isTrue();
            assertThat(views.fromOpportunity())
                    .as("the requirement is the provider's: it weighs more on its side")
                    .isLessThan(views.fromNeed());
            assertThat(engine.needsFor(needsFda, 1).getFirst().score()).isEqualTo(views.fromOpportunity());
            assertThat(engine.opportunitiesFor(chfNeed, 1).getFirst().otherView())
                    .isEqualTo(views.fromOpportunity());
        }
    }

    @Test
    void snippetsArePlainTextSegmentsOfTheOriginal() {
        String text = "<b>Not markup</b> for congestive heart failure patients " + "and more words ".repeat(40);
        OpportunityProfile opportunity = new OpportunityProfile(
                "o1",
                "p1",
                "Title",
                text,
                null,
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                null,
                "yorkshire");
        try (MatchEngine engine = MatchEngine.inMemory(List.of(chfNeed), List.of(opportunity), RULES)) {
            List<MatchExplanation.Segment> snippet =
                    engine.explain(chfNeed, opportunity).opportunitySnippet();
            String joined = snippet.stream().map(MatchExplanation.Segment::text).reduce("", String::concat);
            assertThat(joined).startsWith("<b>Not markup</b> for congestive").endsWith("…");
            assertThat(joined.length()).isLessThan(text.length());
            assertThat(snippet).anyMatch(MatchExplanation.Segment::match);
        }
    }

    private static NeedProfile need(
            String id,
            String organization,
            String title,
            String description,
            List<String> regions,
            List<String> certifications) {
        return new NeedProfile(
                id,
                organization,
                title,
                description,
                List.of("pilot-site"),
                List.of("remote-monitoring"),
                List.of("cardiology"),
                List.of("home"),
                "pilot-ready",
                certifications,
                List.of(),
                regions);
    }

    private static OpportunityProfile opportunity(
            String id,
            String organization,
            String title,
            String description,
            String region,
            List<String> certifications) {
        return new OpportunityProfile(
                id,
                organization,
                title,
                description,
                null,
                List.of("remote-monitoring"),
                List.of("cardiology"),
                List.of("home"),
                certifications,
                List.of(),
                "prototype",
                region);
    }
}
