package org.marketaccess.portal.introduction;

/** How the caller stands to an introduction. */
public enum Party {
    REQUESTER,
    RECIPIENT,
    PROGRAM
}
