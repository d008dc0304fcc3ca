package org.marketaccess.portal.insight;

import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDate;
import org.marketaccess.portal.insight.internal.InsightQueries;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The few figures the program shows the public on its landing page. Open to anyone, including
 * visitors who are not signed in: counts only, never a name or a posting.
 */
@Service
@PermitAll
@Transactional(readOnly = true)
public class PublicFigures {

    private final InsightQueries queries;
    private final Clock clock;

    PublicFigures(InsightQueries queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    /** The figures as the database has them now; "open" on today's date as the opportunities count it. */
    public ProgramFigures now() {
        long[] figures = queries.programFigures(LocalDate.now(clock));
        return new ProgramFigures(figures[0], figures[1], figures[2], figures[3]);
    }
}
