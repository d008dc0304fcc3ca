package org.marketaccess.portal.dataset;

/** One bad line of a data set: which file, which line (from 1), which field, and why. */
public record LineProblem(String file, int line, String field, String reason) {

    @Override
    public String toString() {
        return file + ":" + line + " " + (field == null ? "" : field + ": ") + reason;
    }
}
