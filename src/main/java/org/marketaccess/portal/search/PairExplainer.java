package org.marketaccess.portal.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.marketaccess.portal.search.internal.Highlighting;
import org.marketaccess.portal.search.internal.PairRules;
import org.marketaccess.portal.search.internal.PairText;

/** Explains one pair for people: the facets it shares, what the need lacks, the words both use. */
final class PairExplainer {

    private final MatchRules rules;
    private final Highlighting highlighting;
    /** A region and every region enclosing it. */
    private final Function<String, List<String>> scope;

    PairExplainer(MatchRules rules, Highlighting highlighting, Function<String, List<String>> scope) {
        this.rules = rules;
        this.highlighting = highlighting;
        this.scope = scope;
    }

    /** Why this need and this opportunity match (or do not): shared facets, what is missing, shared words. */
    MatchExplanation explain(NeedProfile need, OpportunityProfile opportunity) {
        List<MatchExplanation.Missing> missing = new ArrayList<>();
        PairRules.missing(opportunity.requiredCertifications(), need.certifications())
                .forEach(code -> missing.add(
                        new MatchExplanation.Missing(MatchExplanation.Missing.Kind.CERTIFICATION, code, null)));
        PairRules.missing(opportunity.requiredIntegrations(), need.integrations())
                .forEach(code -> missing.add(
                        new MatchExplanation.Missing(MatchExplanation.Missing.Kind.INTEGRATION, code, null)));
        if (!PairRules.stageReached(rules.stageRank(need.stage()), rules.stageRank(opportunity.minimumStage()))) {
            missing.add(new MatchExplanation.Missing(
                    MatchExplanation.Missing.Kind.STAGE, opportunity.minimumStage(), need.stage()));
        }
        boolean regionFits = PairRules.regionFits(need.regions(), scope.apply(opportunity.region()));
        if (!regionFits) {
            missing.add(new MatchExplanation.Missing(
                    MatchExplanation.Missing.Kind.REGION, opportunity.region(), String.join(", ", need.regions())));
        }
        String needText = MatchEngine.join(need.title(), need.description());
        String opportunityText = MatchEngine.join(
                opportunity.title(), MatchEngine.join(opportunity.description(), opportunity.desiredOutcomes()));
        Set<String> common = new LinkedHashSet<>(highlighting.terms(needText));
        common.retainAll(highlighting.terms(opportunityText));
        // the words worth showing: no stop words, numbers or words every posting has
        List<String> shared = PairText.reference().telling(common);
        return new MatchExplanation(
                shared(need.clinicalAreas(), opportunity.clinicalAreas()),
                shared(need.categories(), opportunity.categories()),
                shared(need.careSettings(), opportunity.careSettings()),
                regionFits,
                opportunity.region(),
                List.copyOf(missing),
                highlighting.words(opportunityText, shared),
                highlighting.snippet(
                        MatchEngine.join(opportunity.description(), opportunity.desiredOutcomes())
                                .strip(),
                        shared),
                highlighting.snippet(need.description(), shared));
    }

    private static List<String> shared(List<String> a, List<String> b) {
        return a.stream().filter(b::contains).distinct().toList();
    }
}
