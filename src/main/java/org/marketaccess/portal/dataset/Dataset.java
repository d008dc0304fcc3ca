package org.marketaccess.portal.dataset;

import java.util.List;
import org.marketaccess.portal.dataset.DatasetRecords.IntroductionRecord;
import org.marketaccess.portal.dataset.DatasetRecords.NeedRecord;
import org.marketaccess.portal.dataset.DatasetRecords.OpportunityRecord;
import org.marketaccess.portal.dataset.DatasetRecords.OrganizationRecord;

/** A data set as read from its directory, with the problems found while reading. */
public record Dataset(
        List<OrganizationRecord> organizations,
        List<NeedRecord> needs,
        List<OpportunityRecord> opportunities,
        List<IntroductionRecord> introductions,
        List<LineProblem> problems) {

    public static final String ORGANIZATIONS = "organizations.jsonl";
    public static final String NEEDS = "needs.jsonl";
    public static final String OPPORTUNITIES = "opportunities.jsonl";
    public static final String INTRODUCTIONS = "introductions.jsonl";

    public int lines() {
        return organizations.size() + needs.size() + opportunities.size() + introductions.size();
    }
}
