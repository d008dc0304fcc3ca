package org.marketaccess.portal.insight;

/**
 * The program at a glance, for anyone: verified organizations, published needs, pilot opportunities
 * still open to answers, and introductions made (requests that reached "Introduced").
 */
public record ProgramFigures(
        long verifiedOrganizations, long publishedNeeds, long openOpportunities, long introductionsMade) {}
