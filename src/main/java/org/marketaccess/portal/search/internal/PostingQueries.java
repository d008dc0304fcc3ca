package org.marketaccess.portal.search.internal;

import static org.marketaccess.portal.search.internal.PostingSchema.DEADLINE;
import static org.marketaccess.portal.search.internal.PostingSchema.KIND;
import static org.marketaccess.portal.search.internal.PostingSchema.ORG;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.lucene.document.LongField;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.marketaccess.portal.posting.PostingKind;
import org.marketaccess.portal.posting.PostingLanguage;

/**
 * Text and filters turned into Lucene queries (Gerrit's {@code QueryBuilder} plays this part).
 * Typed text is analyzed like a posting, never parsed as query syntax; a posting used as a query
 * keeps its most telling terms only.
 */
final class PostingQueries {

    /** Lucene's default limit on the clauses of one query, with room for the two text fields and typos. */
    private static final int MAX_TERMS = 400;

    /**
     * A posting used as a query keeps only its most telling terms (weight × idf), as MoreLikeThis
     * does: common words add cost and little ranking.
     */
    static final int MATCH_TERMS = 32;

    /** Typed words this long or longer also find their spellings one edit away (decision 027). */
    static final int TYPO_MIN_LENGTH = 5;

    /** A spelling one edit away counts this much of the word itself: below every exact match. */
    static final float TYPO_WEIGHT = 0.3f;

    /** Typed words that look for other spellings; the rest are searched as typed only. */
    private static final int MAX_TYPO_TERMS = 24;

    private final LanguageAnalysis analysis;
    private final float titleBoost;

    PostingQueries(float titleBoost, LanguageAnalysis analysis) {
        this.titleBoost = titleBoost;
        this.analysis = analysis;
    }

    /** A posting's text as a query, with an estimate of the best text score it can reach. */
    record TextQuery(BooleanQuery query, double estimate) {}

    /**
     * Typed text as a query: each term searches both fields of its language, the title boosted; null
     * for no terms. The text is read in every language (a few words do not tell which), and a word
     * of {@link #TYPO_MIN_LENGTH} letters or more also finds the spellings one edit away, weighted
     * lower than the word itself.
     */
    Query text(String text) {
        Map<LanguageAnalysis.Key, Float> weights = new TreeMap<>();
        java.util.Set<LanguageAnalysis.Key> typed = new java.util.TreeSet<>();
        for (PostingLanguage language : analysis.queryLanguages()) {
            analysis.queryTerms(weights, language, text, 1f);
            analysis.typedTerms(typed, language, text);
        }
        if (weights.isEmpty()) {
            return null;
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        weights.entrySet().stream()
                .sorted(Map.Entry.<LanguageAnalysis.Key, Float>comparingByValue()
                        .reversed())
                .limit(MAX_TERMS)
                .forEach(term -> {
                    float weight = (float) Math.sqrt(term.getValue());
                    PostingLanguage language = term.getKey().language();
                    query.add(
                            new BoostQuery(
                                    new TermQuery(new Term(
                                            LanguageAnalysis.title(language),
                                            term.getKey().term())),
                                    weight * titleBoost),
                            BooleanClause.Occur.SHOULD);
                    query.add(
                            boosted(
                                    new TermQuery(new Term(
                                            LanguageAnalysis.body(language),
                                            term.getKey().term())),
                                    weight),
                            BooleanClause.Occur.SHOULD);
                });
        typos(query, typed);
        return query.build();
    }

    /**
     * Spellings one edit away from the typed words (not the synonyms they bring), as lower-weighted
     * clauses: "diabetis" finds diabetes, below the postings that spell it so.
     */
    private void typos(BooleanQuery.Builder query, java.util.Set<LanguageAnalysis.Key> typed) {
        typed.stream()
                .filter(key -> key.term().length() >= TYPO_MIN_LENGTH
                        && !key.term().startsWith(LanguageAnalysis.CONCEPT)
                        && key.term().chars().allMatch(Character::isLetter))
                .limit(MAX_TYPO_TERMS)
                .forEach(key -> {
                    for (String field :
                            List.of(LanguageAnalysis.title(key.language()), LanguageAnalysis.body(key.language()))) {
                        FuzzyQuery fuzzy = new FuzzyQuery(new Term(field, key.term()), 1, 2, 10, true);
                        float boost = field.startsWith(PostingSchema.TITLE) ? TYPO_WEIGHT * titleBoost : TYPO_WEIGHT;
                        query.add(new BoostQuery(fuzzy, boost), BooleanClause.Occur.SHOULD);
                    }
                });
    }

    /**
     * A posting's text as a query: its most telling terms only (weight × idf, as MoreLikeThis does;
     * terms no posting has are dropped), with a rough estimate of the best score it can reach, used
     * to weigh text against facets while choosing candidates. The term statistics looked up here are
     * handed to the query, so that each term is looked up once. Null when no term is in the index.
     * The text is read in {@code language}; the concepts it names bring their phrases in the others.
     */
    TextQuery posting(String title, String body, PostingLanguage language, IndexSearcher searcher) throws IOException {
        Map<LanguageAnalysis.Key, Float> weights = new TreeMap<>();
        analysis.queryTerms(weights, language, title, 2f);
        analysis.queryTerms(weights, language, body, 1f);
        int documents = Math.max(1, searcher.getIndexReader().numDocs());
        record Telling(LanguageAnalysis.Key term, float weight, double idf, TermStates states) {}
        List<Telling> telling = new ArrayList<>();
        for (Map.Entry<LanguageAnalysis.Key, Float> term : weights.entrySet()) {
            TermStates states = TermStates.build(
                    searcher,
                    new Term(
                            LanguageAnalysis.body(term.getKey().language()),
                            term.getKey().term()),
                    true);
            int df = states.docFreq();
            if (df > 0) {
                double idf = Math.log(1 + (documents - df + 0.5) / (df + 0.5));
                telling.add(new Telling(term.getKey(), term.getValue(), idf, states));
            }
        }
        if (telling.isEmpty()) {
            return null;
        }
        telling.sort(
                Comparator.comparingDouble((Telling t) -> t.weight() * t.idf()).reversed());
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        double estimate = 0;
        for (Telling term : telling.subList(0, Math.min(MATCH_TERMS, telling.size()))) {
            float weight = (float) Math.sqrt(term.weight());
            PostingLanguage termLanguage = term.term().language();
            query.add(
                    new BoostQuery(
                            new TermQuery(new Term(
                                    LanguageAnalysis.title(termLanguage),
                                    term.term().term())),
                            weight * titleBoost),
                    BooleanClause.Occur.SHOULD);
            query.add(
                    boosted(
                            new TermQuery(
                                    new Term(
                                            LanguageAnalysis.body(termLanguage),
                                            term.term().term()),
                                    term.states()),
                            weight),
                    BooleanClause.Occur.SHOULD);
            estimate += weight * (1 + titleBoost) * term.idf();
        }
        return new TextQuery(query.build(), Math.max(estimate / 4, 1e-6));
    }

    private static Query boosted(Query query, float boost) {
        return boost == 1f ? query : new BoostQuery(query, boost);
    }

    /** The postings of a kind that are open: for opportunities, those whose deadline has not passed. */
    static List<Query> kindFilters(String kind, LocalDate today) {
        List<Query> filters = new ArrayList<>();
        filters.add(new TermQuery(new Term(KIND, kind)));
        if (today != null && PostingKind.OPPORTUNITY.name().equals(kind)) {
            filters.add(LongField.newRangeQuery(DEADLINE, today.toEpochDay(), Long.MAX_VALUE));
        }
        return filters;
    }

    /**
     * The filters of what a viewer may find (decision 028): postings whose audience holds the
     * viewer's cluster and, when matching, of a cluster that may see the viewer's posting.
     */
    static List<Query> visible(org.marketaccess.portal.search.Visibility visibility) {
        List<Query> filters = new ArrayList<>();
        if (visibility == null) {
            return filters;
        }
        if (visibility.viewerCluster() != null) {
            filters.add(new TermQuery(new Term(PostingSchema.AUDIENCE, visibility.viewerCluster())));
        }
        if (visibility.seenBy() != null) {
            filters.add(anyOf(PostingSchema.CLUSTER, visibility.seenBy()));
        }
        return filters;
    }

    /** {@code query} as candidates: at least one of its clauses, every filter, none of the organization's. */
    static Query candidates(BooleanQuery query, List<Query> filters, String excludedOrganization) {
        BooleanQuery.Builder builder = new BooleanQuery.Builder();
        builder.add(query, BooleanClause.Occur.SHOULD);
        builder.setMinimumNumberShouldMatch(1);
        filters.forEach(filter -> builder.add(filter, BooleanClause.Occur.FILTER));
        if (excludedOrganization != null) {
            builder.add(new TermQuery(new Term(ORG, excludedOrganization)), BooleanClause.Occur.MUST_NOT);
        }
        return builder.build();
    }

    /**
     * Text (or every document) restricted by the kind's filters and the chosen codes (any of a
     * field's codes; every field), the field {@code except} aside.
     */
    static Query filtered(
            Query text,
            List<Query> kindFilters,
            String excludedOrganization,
            Map<String, Set<String>> filters,
            String except) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        query.add(text == null ? new MatchAllDocsQuery() : text, BooleanClause.Occur.MUST);
        kindFilters.forEach(filter -> query.add(filter, BooleanClause.Occur.FILTER));
        if (excludedOrganization != null) {
            query.add(new TermQuery(new Term(ORG, excludedOrganization)), BooleanClause.Occur.MUST_NOT);
        }
        filters.forEach((field, terms) -> {
            if (field.equals(except)) {
                return;
            }
            query.add(anyOf(field, terms), BooleanClause.Occur.FILTER);
        });
        return query.build();
    }

    /** {@code query} restricted to the documents that have none of {@code terms} in {@code field}. */
    static Query outside(Query query, String field, Set<String> terms) {
        BooleanQuery.Builder builder = new BooleanQuery.Builder().add(query, BooleanClause.Occur.MUST);
        terms.forEach(term -> builder.add(new TermQuery(new Term(field, term)), BooleanClause.Occur.MUST_NOT));
        return builder.build();
    }

    static Query anyOf(String field, Set<String> terms) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        terms.forEach(term -> any.add(new TermQuery(new Term(field, term)), BooleanClause.Occur.SHOULD));
        return any.build();
    }
}
