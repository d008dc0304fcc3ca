package org.marketaccess.portal.search;

/** Where a rebuild puts every indexable posting. */
public interface IndexFeed {

    void need(NeedProfile need, PostingMeta meta);

    void opportunity(OpportunityProfile opportunity, PostingMeta meta);
}
