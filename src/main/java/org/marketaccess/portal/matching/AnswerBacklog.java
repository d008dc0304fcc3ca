package org.marketaccess.portal.matching;

import java.util.Collection;
import java.util.Map;

/**
 * How many introduction requests wait for each organization's answer (approved by the program,
 * not yet accepted or declined). Provided by introductions, read by capacity-aware ranking.
 */
public interface AnswerBacklog {

    /**
     * For each of {@code opportunityIds}, the number of requests awaiting the answer of its provider
     * (the opportunity's organization, for any of its postings); opportunities whose provider has
     * none, and ids that name no opportunity, are absent.
     */
    Map<String, Integer> awaitingAnswerFor(Collection<String> opportunityIds);
}
