package org.marketaccess.portal.taxonomy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The taxonomy as seeded by the migrations, read without a database: for tools that rank data sets
 * outside the portal (the ranking evaluation). The migrations stay the one source of the lists.
 */
public final class TaxonomySnapshot {

    private static final List<String> MIGRATIONS =
            List.of("/db/migration/V1__taxonomy.sql", "/db/migration/V3__postings.sql");
    private static final Pattern ROW =
            Pattern.compile("\\('([A-Z_]+)',\\s*'([^']+)',\\s*'((?:[^']|'')*)',\\s*(null|'[^']*'),\\s*(\\d+)\\)");

    private final List<Term> terms;

    private TaxonomySnapshot(List<Term> terms) {
        this.terms = List.copyOf(terms);
    }

    public static TaxonomySnapshot fromMigrations() {
        List<Term> terms = new ArrayList<>();
        for (String migration : MIGRATIONS) {
            try (InputStream in = TaxonomySnapshot.class.getResourceAsStream(migration)) {
                if (in == null) {
                    continue;
                }
                Matcher row = ROW.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                while (row.find()) {
                    String parent =
                            row.group(4).equals("null") ? null : row.group(4).replace("'", "");
                    terms.add(new Term(
                            TaxonomyKind.valueOf(row.group(1)),
                            row.group(2),
                            row.group(3).replace("''", "'"),
                            parent,
                            Integer.parseInt(row.group(5))));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new TaxonomySnapshot(terms);
    }

    public List<Term> terms(TaxonomyKind kind) {
        return terms.stream().filter(term -> term.kind() == kind).toList();
    }

    public RegionTree regions() {
        return new RegionTree(terms(TaxonomyKind.REGION));
    }

    /** Stage code to its position: idea 1 … scaling 5. */
    public Map<String, Integer> stageRanks() {
        return terms(TaxonomyKind.STAGE).stream().collect(Collectors.toMap(Term::code, Term::order));
    }
}
