package org.marketaccess.portal.search;

/** What is left of typed text before analysis: control characters become spaces, length is capped. */
final class FreeText {

    static final int MAX_CHARACTERS = 1_000;

    private FreeText() {}

    static String clean(String typed) {
        if (typed == null) {
            return "";
        }
        String capped = typed.length() > MAX_CHARACTERS ? typed.substring(0, MAX_CHARACTERS) : typed;
        StringBuilder clean = new StringBuilder(capped.length());
        capped.codePoints().forEach(codePoint -> {
            if (Character.isISOControl(codePoint) || Character.getType(codePoint) == Character.SURROGATE) {
                clean.append(' ');
            } else {
                clean.appendCodePoint(codePoint);
            }
        });
        return clean.toString();
    }
}
