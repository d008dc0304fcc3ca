package org.marketaccess.portal.dataset;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an import did, or why it did nothing. When {@code problems} is not empty nothing was written.
 */
public record ImportReport(
        List<LineProblem> problems, Tally organizations, Tally needs, Tally opportunities, Tally introductions) {

    static final Tally NONE = new Tally(0, 0, 0);

    /**
     * A refusal listing every problem once per field (the first said about it), in the order of the
     * files and lines, so that the report reads top to bottom like the data set.
     */
    static ImportReport refused(List<LineProblem> problems) {
        Map<String, LineProblem> first = new LinkedHashMap<>();
        for (LineProblem problem : problems) {
            first.putIfAbsent(problem.file() + ":" + problem.line() + ":" + problem.field(), problem);
        }
        List<LineProblem> ordered = new ArrayList<>(first.values());
        ordered.sort(Comparator.comparingInt((LineProblem problem) -> FILES.indexOf(problem.file()))
                .thenComparingInt(LineProblem::line));
        return new ImportReport(List.copyOf(ordered), NONE, NONE, NONE, NONE);
    }

    private static final List<String> FILES =
            List.of(Dataset.ORGANIZATIONS, Dataset.NEEDS, Dataset.OPPORTUNITIES, Dataset.INTRODUCTIONS);

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
