package org.marketaccess.portal.introduction;

/** What a caller may do with an introduction now; the service checks again when it is done. */
public enum IntroductionAction {
    RESUBMIT,
    WITHDRAW,
    APPROVE,
    DECLINE_AS_PROGRAM,
    ASK_FOR_INFORMATION,
    ACCEPT,
    DECLINE_AS_RECIPIENT,
    RECORD_OUTCOME
}
