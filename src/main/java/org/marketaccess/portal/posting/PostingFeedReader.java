package org.marketaccess.portal.posting;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Streams postings with their taxonomy codes without loading them all: one cursor over the posting
 * rows and one over the code rows, both ordered by posting id, merged as they go. Used to fill the
 * search index from the database, which must stay fast at hundreds of thousands of postings.
 */
public final class PostingFeedReader {

    private static final int FETCH_SIZE = 2_000;

    /** Turns the current posting row and its codes (kind to codes) into a record. */
    @FunctionalInterface
    public interface RowMapper<T> {
        T map(ResultSet row, Map<String, List<String>> codes) throws SQLException;
    }

    private PostingFeedReader() {}

    /**
     * @param postingsSql selects postings ordered by id, the id first
     * @param termsSql selects (posting id, kind, code) ordered by posting id, for the same postings
     * @return how many postings were read
     */
    public static <T> long read(
            Connection connection, String postingsSql, String termsSql, RowMapper<T> mapper, Consumer<T> into)
            throws SQLException {
        long read = 0;
        try (PreparedStatement postings = connection.prepareStatement(postingsSql);
                PreparedStatement terms = connection.prepareStatement(termsSql)) {
            postings.setFetchSize(FETCH_SIZE);
            terms.setFetchSize(FETCH_SIZE);
            try (ResultSet postingRows = postings.executeQuery();
                    ResultSet termRows = terms.executeQuery()) {
                boolean moreTerms = termRows.next();
                while (postingRows.next()) {
                    Object id = postingRows.getObject(1);
                    Map<String, List<String>> codes = new HashMap<>();
                    // Codes of postings that are not in the posting cursor (changed meanwhile) are skipped.
                    while (moreTerms && compare(termRows.getObject(1), id) < 0) {
                        moreTerms = termRows.next();
                    }
                    while (moreTerms && Objects.equals(termRows.getObject(1), id)) {
                        codes.computeIfAbsent(termRows.getString(2), kind -> new ArrayList<>())
                                .add(termRows.getString(3));
                        moreTerms = termRows.next();
                    }
                    into.accept(mapper.map(postingRows, codes));
                    read++;
                }
            }
        }
        return read;
    }

    /**
     * Databases order uuids as unsigned bytes, which is the order of their canonical text (Java's
     * {@code UUID.compareTo} is signed and would disagree).
     */
    private static int compare(Object a, Object b) {
        return a.toString().compareTo(b.toString());
    }
}
