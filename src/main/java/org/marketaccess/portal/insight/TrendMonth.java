package org.marketaccess.portal.insight;

import java.time.YearMonth;

/** One month of the period: requests made, introductions made, pilots agreed. */
public record TrendMonth(YearMonth month, long requests, long introductions, long pilots) {}
