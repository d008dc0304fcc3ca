package org.marketaccess.portal.matching;

import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.io.Writer;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.marketaccess.portal.identity.CurrentUser;
import org.marketaccess.portal.identity.Roles;
import org.marketaccess.portal.matching.internal.LearnedWeightsStore;
import org.marketaccess.portal.matching.internal.Profiles;
import org.marketaccess.portal.need.NeedId;
import org.marketaccess.portal.need.NeedService;
import org.marketaccess.portal.opportunity.OpportunityId;
import org.marketaccess.portal.opportunity.OpportunityService;
import org.marketaccess.portal.search.MatchEngine;
import org.marketaccess.portal.search.NeedProfile;
import org.marketaccess.portal.search.OpportunityProfile;
import org.marketaccess.portal.search.PairFeatures;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The weights of the match score learned from the program's decisions (decision 031): what ranking
 * uses now and what it was learned from, a relearn on demand (and nightly), and the program's
 * history of decisions in the history file's format.
 */
@Service
@RolesAllowed({Roles.PROGRAM_MANAGER, Roles.ADMIN})
public class RankingWeightsService {

    private final MatchEngine engine;
    private final LearnedWeightsStore store;
    private final ObjectProvider<DecisionHistory> history;
    private final NeedService needs;
    private final OpportunityService opportunities;
    private final CurrentUser currentUser;
    private final Clock clock;

    RankingWeightsService(
            MatchEngine engine,
            LearnedWeightsStore store,
            ObjectProvider<DecisionHistory> history,
            NeedService needs,
            OpportunityService opportunities,
            CurrentUser currentUser,
            Clock clock) {
        this.engine = engine;
        this.store = store;
        this.history = history;
        this.needs = needs;
        this.opportunities = opportunities;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The weights ranking uses now; the design weights (version 0) before any relearn. */
    @Transactional(readOnly = true)
    public LearnedWeights current() {
        return store.latest().orElse(LearnedWeights.DESIGN);
    }

    /**
     * Learns the weights again from every decided request, stores them as a new version and ranks
     * with them from now on (the design weights again when there are too few labels).
     */
    @Transactional
    public LearnedWeights relearn() {
        Map<String, Optional<NeedProfile>> needCache = new HashMap<>();
        Map<String, Optional<OpportunityProfile>> opportunityCache = new HashMap<>();
        Relearning.Labels labels = Relearning.labels(decided(), (needId, opportunityId) -> {
            Optional<NeedProfile> need = needCache.computeIfAbsent(
                    needId, id -> needs.record(NeedId.parse(id)).map(Profiles::need));
            Optional<OpportunityProfile> opportunity = opportunityCache.computeIfAbsent(
                    opportunityId,
                    id -> opportunities.record(OpportunityId.parse(id)).map(Profiles::opportunity));
            return need.isEmpty() || opportunity.isEmpty()
                    ? Optional.<PairFeatures>empty()
                    : Optional.of(engine.features(need.get(), opportunity.get()));
        });
        LearnedWeights stored = store.add(Relearning.run(
                labels, clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS), currentUser.actorName()));
        engine.use(stored.weights());
        return stored;
    }

    /** Every decided request in the history file's format ({@link HistoryFile}): the program's only. */
    @RolesAllowed(Roles.PROGRAM_MANAGER)
    @Transactional(readOnly = true)
    public void exportHistory(Writer out) throws IOException {
        HistoryFile.write(decided(), out);
    }

    private List<DecidedPair> decided() {
        DecisionHistory source = history.getIfAvailable();
        return source == null ? List.of() : source.decided();
    }
}
