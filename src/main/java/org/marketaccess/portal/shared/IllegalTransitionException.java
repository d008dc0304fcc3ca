package org.marketaccess.portal.shared;

/** A state change that the current state does not allow; the UI shows the translated message. */
public class IllegalTransitionException extends RuntimeException {

    private final String messageKey;

    public IllegalTransitionException(String messageKey, String detail) {
        super(detail);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
