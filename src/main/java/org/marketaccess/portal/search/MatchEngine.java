package org.marketaccess.portal.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.marketaccess.portal.search.internal.Highlighting;
import org.marketaccess.portal.search.internal.MedicalAnalyzer;
import org.marketaccess.portal.search.internal.TextIndex;

/**
 * Ranks opportunities for a need and needs for an opportunity. The score is reciprocal: text
 * relevance (BM25 with the medical synonyms, title and description and outcomes) together with the
 * overlap of clinical areas, categories and care settings; the opportunity's hard requirements
 * (certifications, integrations, minimum stage) and the need's regions are penalties, strongest in
 * the direction where they decide the fit (see docs/decisions/006). Own-organization pairs never
 * match. Scores are 0–100.
 */
public final class MatchEngine implements AutoCloseable {

    private static final int CANDIDATES = 1_000;

    static final double TEXT = 0.55;
    static final double CLINICAL = 0.17;
    static final double CATEGORY = 0.17;
    static final double SETTING = 0.11;
    /**
     * A failed requirement demotes a match, it does not remove it: a pair that misses a
     * certification or lies outside the need's regions is still a useful lead, and must stay above
     * unrelated postings. The stronger factor applies in the direction where the requirement decides
     * the fit (docs/decisions/006).
     */
    static final double DECISIVE = 0.8;

    static final double WEAKENING = 0.9;

    private final MatchRules rules;
    private final Map<String, NeedProfile> needs = new LinkedHashMap<>();
    private final Map<String, OpportunityProfile> opportunities = new LinkedHashMap<>();
    private final Highlighting highlighting = new Highlighting(MedicalAnalyzer.forIndexing());
    private final TextIndex needIndex;
    private final TextIndex opportunityIndex;

    private MatchEngine(Collection<NeedProfile> needs, Collection<OpportunityProfile> opportunities, MatchRules rules) {
        this.rules = rules;
        needs.forEach(need -> this.needs.put(need.id(), need));
        opportunities.forEach(opportunity -> this.opportunities.put(opportunity.id(), opportunity));
        needIndex = new TextIndex(MedicalAnalyzer.forIndexing(), MedicalAnalyzer.forQueries(), 1.5f)
                .build(needs.stream()
                        .map(need -> new TextIndex.Entry(need.id(), need.title(), need.description()))
                        .toList());
        opportunityIndex = new TextIndex(MedicalAnalyzer.forIndexing(), MedicalAnalyzer.forQueries(), 1.5f)
                .build(opportunities.stream()
                        .map(o -> new TextIndex.Entry(o.id(), o.title(), join(o.description(), o.desiredOutcomes())))
                        .toList());
    }

    /** An engine over postings held in memory (evaluation, tests; the live index comes later). */
    public static MatchEngine inMemory(
            Collection<NeedProfile> needs, Collection<OpportunityProfile> opportunities, MatchRules rules) {
        return new MatchEngine(needs, opportunities, rules);
    }

    public List<RankedMatch> opportunitiesFor(NeedProfile need, int k) {
        Map<String, Double> text = normalized(opportunityIndex.search(need.title(), need.description(), CANDIDATES));
        List<RankedMatch> ranked = new ArrayList<>();
        for (OpportunityProfile opportunity : opportunities.values()) {
            if (same(need.organizationId(), opportunity.organizationId())) {
                continue;
            }
            double score = base(
                    text.getOrDefault(opportunity.id(), 0.0),
                    need.clinicalAreas(),
                    opportunity.clinicalAreas(),
                    need.categories(),
                    opportunity.categories(),
                    need.careSettings(),
                    opportunity.careSettings());
            score *= requirementsMet(need, opportunity) ? 1 : WEAKENING;
            score *= regionFits(need, opportunity) ? 1 : DECISIVE;
            ranked.add(new RankedMatch(opportunity.id(), score));
        }
        return top(ranked, k);
    }

    public List<RankedMatch> needsFor(OpportunityProfile opportunity, int k) {
        Map<String, Double> text = normalized(needIndex.search(
                opportunity.title(), join(opportunity.description(), opportunity.desiredOutcomes()), CANDIDATES));
        List<RankedMatch> ranked = new ArrayList<>();
        for (NeedProfile need : needs.values()) {
            if (same(need.organizationId(), opportunity.organizationId())) {
                continue;
            }
            double score = base(
                    text.getOrDefault(need.id(), 0.0),
                    opportunity.clinicalAreas(),
                    need.clinicalAreas(),
                    opportunity.categories(),
                    need.categories(),
                    opportunity.careSettings(),
                    need.careSettings());
            score *= requirementsMet(need, opportunity) ? 1 : DECISIVE;
            score *= regionFits(need, opportunity) ? 1 : WEAKENING;
            ranked.add(new RankedMatch(need.id(), score));
        }
        return top(ranked, k);
    }

    /**
     * Opportunities for what a person typed in a search box. The text is never parsed as query
     * syntax: it is analyzed like a posting (quotes, colons, wildcards and control characters are
     * just characters), and only its first {@link #MAX_QUERY_CHARACTERS} characters count.
     */
    public List<RankedMatch> searchOpportunities(String typed, int k) {
        return rank(opportunityIndex.search(null, FreeText.clean(typed), CANDIDATES), k);
    }

    /** Needs for what a person typed; see {@link #searchOpportunities}. */
    public List<RankedMatch> searchNeeds(String typed, int k) {
        return rank(needIndex.search(null, FreeText.clean(typed), CANDIDATES), k);
    }

    public static final int MAX_QUERY_CHARACTERS = FreeText.MAX_CHARACTERS;

    private static List<RankedMatch> rank(Map<String, Double> text, int k) {
        List<RankedMatch> ranked = new ArrayList<>();
        normalized(text).forEach((id, score) -> ranked.add(new RankedMatch(id, score)));
        return top(ranked, k);
    }

    /** Why this need and this opportunity match (or do not): shared facets, what is missing, shared words. */
    public MatchExplanation explain(NeedProfile need, OpportunityProfile opportunity) {
        List<MatchExplanation.Missing> missing = new ArrayList<>();
        opportunity.requiredCertifications().stream()
                .filter(code -> !need.certifications().contains(code))
                .forEach(code -> missing.add(
                        new MatchExplanation.Missing(MatchExplanation.Missing.Kind.CERTIFICATION, code, null)));
        opportunity.requiredIntegrations().stream()
                .filter(code -> !need.integrations().contains(code))
                .forEach(code -> missing.add(
                        new MatchExplanation.Missing(MatchExplanation.Missing.Kind.INTEGRATION, code, null)));
        if (rules.stageRank(need.stage()) < rules.stageRank(opportunity.minimumStage())) {
            missing.add(new MatchExplanation.Missing(
                    MatchExplanation.Missing.Kind.STAGE, opportunity.minimumStage(), need.stage()));
        }
        boolean regionFits = regionFits(need, opportunity);
        if (!regionFits) {
            missing.add(new MatchExplanation.Missing(
                    MatchExplanation.Missing.Kind.REGION, opportunity.region(), String.join(", ", need.regions())));
        }
        String needText = join(need.title(), need.description());
        String opportunityText =
                join(opportunity.title(), join(opportunity.description(), opportunity.desiredOutcomes()));
        Set<String> shared = new java.util.LinkedHashSet<>(highlighting.terms(needText));
        shared.retainAll(highlighting.terms(opportunityText));
        return new MatchExplanation(
                shared(need.clinicalAreas(), opportunity.clinicalAreas()),
                shared(need.categories(), opportunity.categories()),
                shared(need.careSettings(), opportunity.careSettings()),
                regionFits,
                opportunity.region(),
                List.copyOf(missing),
                highlighting.words(opportunityText, shared),
                highlighting.snippet(
                        join(opportunity.description(), opportunity.desiredOutcomes())
                                .strip(),
                        shared),
                highlighting.snippet(need.description(), shared));
    }

    private static List<String> shared(List<String> a, List<String> b) {
        return a.stream().filter(b::contains).distinct().toList();
    }

    /** The need holds every certification and integration the opportunity requires, at its stage or later. */
    boolean requirementsMet(NeedProfile need, OpportunityProfile opportunity) {
        return need.certifications().containsAll(opportunity.requiredCertifications())
                && need.integrations().containsAll(opportunity.requiredIntegrations())
                && rules.stageRank(need.stage()) >= rules.stageRank(opportunity.minimumStage());
    }

    /** The opportunity lies in one of the regions the need is open to; regions nest. */
    boolean regionFits(NeedProfile need, OpportunityProfile opportunity) {
        if (need.regions().isEmpty() || opportunity.region() == null) {
            return true;
        }
        return need.regions().stream().anyMatch(region -> rules.regions().isWithin(opportunity.region(), region));
    }

    private static double base(
            double text,
            List<String> clinicalA,
            List<String> clinicalB,
            List<String> categoriesA,
            List<String> categoriesB,
            List<String> settingsA,
            List<String> settingsB) {
        return TEXT * text
                + CLINICAL * overlap(clinicalA, clinicalB)
                + CATEGORY * overlap(categoriesA, categoriesB)
                + SETTING * overlap(settingsA, settingsB);
    }

    /** Dice overlap of two code lists: 1 when equal, 0 when disjoint. */
    static double overlap(List<String> a, List<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        Set<String> shared = new HashSet<>(a);
        shared.retainAll(new HashSet<>(b));
        return 2.0 * shared.size() / (new HashSet<>(a).size() + new HashSet<>(b).size());
    }

    /** Text scores relative to the best one for this query, so that they weigh like the facets. */
    private static Map<String, Double> normalized(Map<String, Double> scores) {
        double best =
                scores.values().stream().mapToDouble(Double::doubleValue).max().orElse(1);
        Map<String, Double> normalized = new LinkedHashMap<>();
        scores.forEach((id, score) -> normalized.put(id, best <= 0 ? 0 : score / best));
        return normalized;
    }

    private static List<RankedMatch> top(List<RankedMatch> ranked, int k) {
        return ranked.stream()
                .sorted(Comparator.comparingDouble(RankedMatch::score)
                        .reversed()
                        .thenComparing(RankedMatch::id))
                .limit(k)
                .map(match -> new RankedMatch(match.id(), Math.round(match.score() * 1000) / 10.0))
                .toList();
    }

    private static boolean same(String a, String b) {
        return a != null && a.equals(b);
    }

    private static String join(String a, String b) {
        return (a == null ? "" : a) + "\n" + (b == null ? "" : b);
    }

    @Override
    public void close() {
        needIndex.close();
        opportunityIndex.close();
    }
}
