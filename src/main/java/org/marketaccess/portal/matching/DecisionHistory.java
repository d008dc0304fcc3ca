package org.marketaccess.portal.matching;

import java.util.List;

/**
 * The program's decided introduction requests. Introductions know them and depend on matching, so
 * they provide this; matching never reads introductions itself (no cycle).
 */
public interface DecisionHistory {

    /** Every decided request (introduced, declined, expired, withdrawn), oldest first. */
    List<DecidedPair> decided();
}
