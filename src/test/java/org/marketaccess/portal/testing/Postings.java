package org.marketaccess.portal.testing;

import java.time.LocalDate;
import java.util.List;
import org.marketaccess.portal.need.NeedDraft;
import org.marketaccess.portal.opportunity.OpportunityDraft;

/** Complete, publishable postings for tests. */
public final class Postings {

    private Postings() {}

    public static NeedDraft need(String title) {
        return need(title, "Home monitoring of COPD patients with nurse triage.", false);
    }

    public static NeedDraft need(String title, String description, boolean anonymous) {
        return need(title, description, anonymous, List.of("europe"));
    }

    /** A need open to {@code regions}. */
    public static NeedDraft need(String title, String description, boolean anonymous, List<String> regions) {
        return new NeedDraft(
                title,
                description,
                List.of("pilot-site"),
                List.of("remote-monitoring"),
                List.of("respiratory"),
                List.of("home"),
                "pilot-ready",
                List.of("gdpr"),
                List.of("fhir"),
                regions,
                anonymous,
                false,
                null);
    }

    public static OpportunityDraft opportunity(String title, LocalDate deadline, boolean anonymous) {
        return new OpportunityDraft(
                title,
                "Too many COPD readmissions after discharge.",
                "Fewer readmissions.",
                List.of("remote-monitoring"),
                List.of("respiratory"),
                List.of("home"),
                List.of("gdpr"),
                List.of(),
                "pilot-ready",
                null,
                "25k-100k",
                "Start Q2 2027",
                deadline,
                anonymous,
                false,
                null);
    }
}
