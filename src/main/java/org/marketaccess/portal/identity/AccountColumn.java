package org.marketaccess.portal.identity;

import com.vaadin.flow.component.Component;

/**
 * A column another feature adds to the administrators' Accounts page, for what it keeps about an
 * account (the clusters a program manager works for): identity knows none of those features.
 */
public interface AccountColumn {

    /** The translation key of the column's header. */
    String headerKey();

    /** What the column shows for the account (and lets the administrator change); null for nothing. */
    Component cell(AccountSummary account);
}
