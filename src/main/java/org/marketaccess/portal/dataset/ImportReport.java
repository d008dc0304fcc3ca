package org.marketaccess.portal.dataset;

import java.util.List;

/**
 * What an import did, or why it did nothing. When {@code problems} is not empty nothing was written.
 */
public record ImportReport(
        List<LineProblem> problems, Tally organizations, Tally needs, Tally opportunities, Tally introductions) {

    static final Tally NONE = new Tally(0, 0, 0);

    static ImportReport refused(List<LineProblem> problems) {
        return new ImportReport(List.copyOf(problems), NONE, NONE, NONE, NONE);
    }

    /** Records created, updated, and found unchanged. */
    public record Tally(int created, int updated, int unchanged) {

        public int total() {
            return created + updated + unchanged;
        }

        @Override
        public String toString() {
            return total() + " (" + created + " created, " + updated + " updated, " + unchanged + " unchanged)";
        }
    }

    public boolean imported() {
        return problems.isEmpty();
    }

    /** A few lines for people and logs. */
    public String describe() {
        if (!imported()) {
            StringBuilder text = new StringBuilder("Nothing imported: " + problems.size() + " bad line(s)");
            problems.forEach(
                    problem -> text.append(System.lineSeparator()).append("  ").append(problem));
            return text.toString();
        }
        return "Imported organizations " + organizations + ", needs " + needs + ", opportunities " + opportunities
                + ", introductions " + introductions;
    }
}
