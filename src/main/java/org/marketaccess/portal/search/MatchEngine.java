package org.marketaccess.portal.search;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.marketaccess.portal.posting.PostingKind;
import org.marketaccess.portal.search.internal.Highlighting;
import org.marketaccess.portal.search.internal.LanguageAnalysis;
import org.marketaccess.portal.search.internal.MedicalAnalyzer;
import org.marketaccess.portal.search.internal.PairMatcher;
import org.marketaccess.portal.search.internal.PairRules;
import org.marketaccess.portal.search.internal.ParallelPuts;
import org.marketaccess.portal.search.internal.PostingIndex;
import org.marketaccess.portal.search.internal.PostingSchema;

/**
 * Ranks opportunities for a need and needs for an opportunity. The score is reciprocal: text
 * relevance (BM25 with the medical synonyms, title and description and outcomes) together with the
 * overlap of clinical areas, categories and care settings; the opportunity's hard requirements
 * (certifications, integrations, minimum stage) and the need's regions are penalties, strongest in
 * the direction where they decide the fit (see docs/decisions/006). Own-organization pairs never
 * match. Scores are 0–100.
 */
public final class MatchEngine implements AutoCloseable {

    // The weights of the parts and the factors of a failed requirement or region are ScoreWeights:
    // the design's (decision 006) until learned ones are put in (decision 031). A failed
    // requirement demotes a match, it does not remove it: such a pair is still a useful lead.

    private static final float TITLE_BOOST = 1.5f;

    private final MatchRules rules;
    private final Clock clock;
    /** The weights of the score's parts: the design's until learned ones are put in (decision 031). */
    private volatile ScoreWeights weights = ScoreWeights.DESIGN;

    private final PostingIndex index;
    private final Highlighting highlighting = new Highlighting(MedicalAnalyzer.forIndexing());

    private final PostingSearch search;

    private MatchEngine(PostingIndex index, MatchRules rules, Clock clock) {
        this.index = index;
        this.rules = rules;
        this.clock = clock;
        this.search = new PostingSearch(index, rules, this::scope, this::today);
    }

    /** The live index on disk in {@code directory}; see {@link #isFresh()}. */
    public static MatchEngine open(Path directory, MatchRules rules, Clock clock) {
        return new MatchEngine(PostingIndex.open(directory, TITLE_BOOST), rules, clock);
    }

    /** An engine over postings held in memory, with no deadlines (evaluation, tests). */
    public static MatchEngine inMemory(
            Collection<NeedProfile> needs, Collection<OpportunityProfile> opportunities, MatchRules rules) {
        return inMemory(needs, opportunities, rules, true);
    }

    /**
     * An engine in memory; {@code languages} false reads every posting as English, with no
     * concepts across languages (the engine before decision 027, which the evaluation compares).
     */
    public static MatchEngine inMemory(
            Collection<NeedProfile> needs,
            Collection<OpportunityProfile> opportunities,
            MatchRules rules,
            boolean languages) {
        MatchEngine engine = new MatchEngine(
                PostingIndex.inMemory(
                        TITLE_BOOST, languages ? LanguageAnalysis.multilingual() : LanguageAnalysis.englishOnly()),
                rules,
                null);
        needs.forEach(need -> engine.put(need, PostingMeta.of(0)));
        opportunities.forEach(opportunity -> engine.put(opportunity, PostingMeta.of(0)));
        engine.refresh();
        return engine;
    }

    /** Whether the index was empty or unreadable when opened, and must be filled from the database. */
    public boolean isFresh() {
        return index.isFresh();
    }

    /** Rises whenever searches can see new changes. */
    public long generation() {
        return index.generation();
    }

    /** Runs {@code listener} (in the refreshing thread; keep it short) whenever searches can see new changes. */
    public void onChange(Runnable listener) {
        index.onChange(listener);
    }

    /** Adds or replaces a need; searches see it after {@link #refresh()}. */
    public void put(NeedProfile need, PostingMeta meta) {
        index.put(new PostingSchema.Doc(
                need.id(),
                PostingKind.NEED.name(),
                need.organizationId(),
                need.title(),
                need.description(),
                need.clinicalAreas(),
                need.categories(),
                need.careSettings(),
                need.certifications(),
                need.integrations(),
                need.regions(),
                rules.stageRank(need.stage()),
                null,
                meta.publishedAt() == null ? 0 : meta.publishedAt().toEpochMilli(),
                meta.version(),
                meta.cluster(),
                meta.audience(),
                need.language()));
    }

    /** Adds or replaces an opportunity; searches see it after {@link #refresh()}. */
    public void put(OpportunityProfile opportunity, PostingMeta meta) {
        index.put(new PostingSchema.Doc(
                opportunity.id(),
                PostingKind.OPPORTUNITY.name(),
                opportunity.organizationId(),
                opportunity.title(),
                join(opportunity.description(), opportunity.desiredOutcomes()),
                opportunity.clinicalAreas(),
                opportunity.categories(),
                opportunity.careSettings(),
                opportunity.requiredCertifications(),
                opportunity.requiredIntegrations(),
                scope(opportunity.region()),
                rules.stageRank(opportunity.minimumStage()),
                meta.responseDeadline() == null ? null : meta.responseDeadline().toEpochDay(),
                meta.publishedAt() == null ? 0 : meta.publishedAt().toEpochMilli(),
                meta.version(),
                meta.cluster(),
                meta.audience(),
                opportunity.language()));
    }

    public void remove(String id) {
        index.delete(id);
    }

    public void refresh() {
        index.refresh();
    }

    public void commit() {
        index.commit();
    }

    /** Commits, recording that the index holds every database change up to {@code appliedChange}. */
    public void commit(long appliedChange) {
        index.commit(appliedChange);
    }

    /** The last database change the index recorded as applied (0 when it never followed the change table). */
    public long appliedChange() {
        return index.appliedChange();
    }

    /** Puts every posting the feed gives and removes the rest; searches go on meanwhile. */
    public void rebuild(Consumer<IndexFeed> fill) {
        index.rebuild(() -> putAll(fill));
    }

    /**
     * Puts every posting the feed gives, on every core while the feed goes on (decision 032); returns
     * when all are put. Searches see them after {@link #refresh()}. The order of the documents in
     * the index is then not the feed's.
     */
    public void putAll(Consumer<IndexFeed> fill) {
        try (ParallelPuts puts = new ParallelPuts()) {
            fill.accept(new IndexFeed() {
                @Override
                public void need(NeedProfile need, PostingMeta meta) {
                    puts.submit(() -> put(need, meta));
                }

                @Override
                public void opportunity(OpportunityProfile opportunity, PostingMeta meta) {
                    puts.submit(() -> put(opportunity, meta));
                }
            });
        }
    }

    /** Every indexed posting of a kind, id to the version it was indexed at. */
    public Map<String, Long> versions(PostingKind kind) {
        return index.versions(kind.name());
    }

    public long count(PostingKind kind) {
        return index.count(kind.name());
    }

    /** The region and every region enclosing it: an opportunity in us-ma lies in us too. */
    private List<String> scope(String region) {
        if (region == null || region.isBlank()) {
            return List.of();
        }
        List<String> enclosing = rules.regions().enclosing(region);
        return enclosing.isEmpty() ? List.of(region) : enclosing;
    }

    private List<RankedMatch> opportunitiesFor(NeedProfile need, int k, String onlyId, Visibility visibility) {
        ScoreWeights weights = this.weights;
        return ranked(index.match(
                new PairMatcher.MatchQuery(
                        PostingKind.OPPORTUNITY.name(),
                        true,
                        need.title(),
                        need.description(),
                        need.organizationId(),
                        facets(weights, need.clinicalAreas(), need.categories(), need.careSettings()),
                        Set.copyOf(need.certifications()),
                        Set.copyOf(need.integrations()),
                        rules.stageRank(need.stage()),
                        Set.copyOf(need.regions()),
                        weights.text(),
                        weights.requirementWeakening(),
                        weights.regionFactor(),
                        today(),
                        onlyId,
                        visibility,
                        index.languageOf(need.language(), need.title(), need.description()),
                        weights.requirementFactor(),
                        weights.regionWeakening()),
                k));
    }

    /** The weights every score uses from now on, for both sides alike (decision 011 holds). */
    public void use(ScoreWeights weights) {
        this.weights = java.util.Objects.requireNonNull(weights);
    }

    public ScoreWeights weights() {
        return weights;
    }

    /**
     * The parts of one pair's score, unweighted (what the learner of decision 031 weighs), computed
     * from the two postings alone: they need not be in the index (a decided pair's may have closed).
     */
    public PairFeatures features(NeedProfile need, OpportunityProfile opportunity) {
        String opportunityBody = join(opportunity.description(), opportunity.desiredOutcomes());
        return new PairFeatures(
                index.textSimilarity(
                        index.languageOf(need.language(), need.title(), need.description()),
                        need.title(),
                        need.description(),
                        index.languageOf(opportunity.language(), opportunity.title(), opportunityBody),
                        opportunity.title(),
                        opportunityBody),
                PairFeatures.dice(need.clinicalAreas(), opportunity.clinicalAreas()),
                PairFeatures.dice(need.categories(), opportunity.categories()),
                PairFeatures.dice(need.careSettings(), opportunity.careSettings()),
                requirementsMet(need, opportunity),
                regionFits(need, opportunity));
    }

    public List<RankedMatch> opportunitiesFor(NeedProfile need, int k) {
        return opportunitiesFor(need, k, null, Visibility.ALL);
    }

    /** The opportunities an organization may see for its need, of clusters that may see the need. */
    public List<RankedMatch> opportunitiesFor(NeedProfile need, int k, Visibility visibility) {
        return opportunitiesFor(need, k, null, visibility);
    }

    public List<RankedMatch> needsFor(OpportunityProfile opportunity, int k) {
        return needsFor(opportunity, k, null, Visibility.ALL);
    }

    /** The needs an organization may see for its opportunity, of clusters that may see it. */
    public List<RankedMatch> needsFor(OpportunityProfile opportunity, int k, Visibility visibility) {
        return needsFor(opportunity, k, null, visibility);
    }

    /**
     * The score of one pair as the need's side sees it in its list of matching opportunities ({@code
     * fromNeed}) or as the opportunity's side sees it; 0 when they share nothing.
     */
    public double score(NeedProfile need, OpportunityProfile opportunity, boolean fromNeed) {
        PairScore views = views(need, opportunity);
        return fromNeed ? views.fromNeed() : views.fromOpportunity();
    }

    /**
     * The pair's score as each side sees it: the same number, unless a requirement or a region weighs
     * differently for the two sides. A property of the two postings alone (decision 011).
     */
    public PairScore views(NeedProfile need, OpportunityProfile opportunity) {
        List<RankedMatch> one = opportunitiesFor(need, 1, opportunity.id(), Visibility.ALL);
        return one.isEmpty()
                ? new PairScore(0, 0)
                : new PairScore(one.getFirst().score(), one.getFirst().otherView());
    }

    /**
     * The words {@link #opportunitiesFor} looks with for a need's matches (its most telling terms,
     * as the index spells them; a Spanish or Catalan term prefixed "es:" or "ca:"), so that a baseline
     * can search the same words.
     */
    public List<String> matchTerms(NeedProfile need) {
        return index.matchTerms(
                need.title(), need.description(), index.languageOf(need.language(), need.title(), need.description()));
    }

    /** The words {@link #needsFor} looks with for an opportunity's matches, as {@link #matchTerms(NeedProfile)}. */
    public List<String> matchTerms(OpportunityProfile opportunity) {
        String body = join(opportunity.description(), opportunity.desiredOutcomes());
        return index.matchTerms(
                opportunity.title(), body, index.languageOf(opportunity.language(), opportunity.title(), body));
    }

    /** A need's title and text terms as the index holds them, in order, spelled as {@link #matchTerms(NeedProfile)}. */
    public TextTerms indexedTerms(NeedProfile need) {
        var language = index.languageOf(need.language(), need.title(), need.description());
        return new TextTerms(
                index.indexedTerms(need.title(), language), index.indexedTerms(need.description(), language));
    }

    /** An opportunity's title and text terms as the index holds them. */
    public TextTerms indexedTerms(OpportunityProfile opportunity) {
        String body = join(opportunity.description(), opportunity.desiredOutcomes());
        var language = index.languageOf(opportunity.language(), opportunity.title(), body);
        return new TextTerms(index.indexedTerms(opportunity.title(), language), index.indexedTerms(body, language));
    }

    /** A posting's analyzed title and text terms, in order. */
    public record TextTerms(List<String> title, List<String> body) {}

    /** The text with the words it shares (by meaning) with what was typed marked. */
    public List<MatchExplanation.Segment> highlight(String typed, String text) {
        Set<String> shared = new LinkedHashSet<>(highlighting.terms(FreeText.clean(typed)));
        shared.retainAll(highlighting.terms(text));
        return highlighting.snippet(text, shared);
    }

    private List<RankedMatch> needsFor(OpportunityProfile opportunity, int k, String onlyId, Visibility visibility) {
        ScoreWeights weights = this.weights;
        return ranked(index.match(
                new PairMatcher.MatchQuery(
                        PostingKind.NEED.name(),
                        false,
                        opportunity.title(),
                        join(opportunity.description(), opportunity.desiredOutcomes()),
                        opportunity.organizationId(),
                        facets(
                                weights,
                                opportunity.clinicalAreas(),
                                opportunity.categories(),
                                opportunity.careSettings()),
                        Set.copyOf(opportunity.requiredCertifications()),
                        Set.copyOf(opportunity.requiredIntegrations()),
                        rules.stageRank(opportunity.minimumStage()),
                        Set.copyOf(scope(opportunity.region())),
                        weights.text(),
                        weights.requirementFactor(),
                        weights.regionWeakening(),
                        today(),
                        onlyId,
                        visibility,
                        index.languageOf(
                                opportunity.language(),
                                opportunity.title(),
                                join(opportunity.description(), opportunity.desiredOutcomes())),
                        weights.requirementWeakening(),
                        weights.regionFactor()),
                k));
    }

    private static List<PairMatcher.FacetWant> facets(
            ScoreWeights weights, List<String> clinicalAreas, List<String> categories, List<String> careSettings) {
        return List.of(
                new PairMatcher.FacetWant(PostingSchema.CLINICAL, Set.copyOf(clinicalAreas), weights.clinical()),
                new PairMatcher.FacetWant(PostingSchema.CATEGORY, Set.copyOf(categories), weights.category()),
                new PairMatcher.FacetWant(PostingSchema.SETTING, Set.copyOf(careSettings), weights.setting()));
    }

    private static List<RankedMatch> ranked(List<PairMatcher.Scored> scored) {
        return scored.stream()
                .map(match -> new RankedMatch(
                        match.id(),
                        Math.round(match.score() * 1000) / 10.0,
                        Math.round(match.otherView() * 1000) / 10.0))
                .toList();
    }

    private LocalDate today() {
        return clock == null ? null : LocalDate.now(clock);
    }

    /**
     * Postings for what a person typed in a search box, with facet filters and counts. The text is
     * never parsed as query syntax: it is analyzed like a posting (quotes, colons, wildcards and
     * control characters are just characters), and only its first {@link #MAX_QUERY_CHARACTERS}
     * characters count.
     */
    public SearchResult search(SearchRequest request) {
        return search.search(request);
    }

    /** The hits alone, without counts (what the benchmark's search workload measures). */
    public List<SearchResult.Hit> searchHits(SearchRequest request) {
        return search.hits(request);
    }

    public static final int MAX_QUERY_CHARACTERS = FreeText.MAX_CHARACTERS;

    /** Why this need and this opportunity match (or do not): shared facets, what is missing, shared words. */
    public MatchExplanation explain(NeedProfile need, OpportunityProfile opportunity) {
        return new PairExplainer(rules, highlighting, this::scope).explain(need, opportunity);
    }

    /** The need holds every certification and integration the opportunity requires, at its stage or later. */
    boolean requirementsMet(NeedProfile need, OpportunityProfile opportunity) {
        return PairRules.requirementsMet(
                opportunity.requiredCertifications(),
                need.certifications(),
                opportunity.requiredIntegrations(),
                need.integrations(),
                rules.stageRank(opportunity.minimumStage()),
                rules.stageRank(need.stage()));
    }

    /** The opportunity lies in one of the regions the need is open to; regions nest. */
    boolean regionFits(NeedProfile need, OpportunityProfile opportunity) {
        return PairRules.regionFits(need.regions(), scope(opportunity.region()));
    }

    /** Two texts as one, a line apart; a missing one counts as empty. */
    static String join(String a, String b) {
        return (a == null ? "" : a) + "\n" + (b == null ? "" : b);
    }

    /** Commits and releases the index. */
    @Override
    public void close() {
        index.close();
    }
}
