package org.marketaccess.portal.search.internal;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.FlattenGraphFilter;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;

/**
 * English analysis for postings: tokens, lower case, accents folded, the medical synonym list
 * ({@code search/synonyms.txt}) expanded, stop words removed, Porter stems. Synonyms are expanded
 * before stemming, so the list is written in plain words.
 */
public final class MedicalAnalyzer extends Analyzer {

    private final SynonymMap synonyms;
    private final boolean indexing;

    private MedicalAnalyzer(SynonymMap synonyms, boolean indexing) {
        this.synonyms = synonyms;
        this.indexing = indexing;
    }

    /** For indexing: the synonym graph is flattened, as an index cannot hold graphs. */
    public static MedicalAnalyzer forIndexing() {
        return new MedicalAnalyzer(Synonyms.MAP, true);
    }

    /**
     * For the index: no synonyms. They are expanded on the query side only, which finds the same
     * documents (every group is expanded both ways) and keeps indexing fast.
     */
    public static MedicalAnalyzer withoutSynonyms() {
        return new MedicalAnalyzer(null, true);
    }

    /**
     * For queries, and for counting a text's terms ({@link PairText}): synonyms expanded, the graph
     * left as it is. Term counts are the same as from the flattened graph, at half the cost.
     */
    public static MedicalAnalyzer forQueries() {
        return new MedicalAnalyzer(Synonyms.MAP, false);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer tokenizer = new StandardTokenizer();
        TokenStream stream = new EnglishPossessiveFilter(tokenizer);
        stream = new LowerCaseFilter(stream);
        stream = new ASCIIFoldingFilter(stream);
        if (synonyms != null) {
            stream = new SynonymGraphFilter(stream, synonyms, true);
            if (indexing) {
                stream = new FlattenGraphFilter(stream);
            }
        }
        stream = new StopFilter(stream, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
        stream = new PorterStemFilter(stream);
        return new TokenStreamComponents(tokenizer, stream);
    }

    /** Loaded once: the list is part of the application. */
    private static final class Synonyms {

        static final SynonymMap MAP = load();

        private static SynonymMap load() {
            try (Reader reader = new InputStreamReader(
                    MedicalAnalyzer.class.getResourceAsStream("/search/synonyms.txt"), StandardCharsets.UTF_8)) {
                SolrSynonymParser parser = new SolrSynonymParser(true, true, new FoldingAnalyzer());
                parser.parse(reader);
                return parser.build();
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read search/synonyms.txt", e);
            } catch (ParseException e) {
                throw new IllegalStateException(
                        "search/synonyms.txt line " + e.getErrorOffset() + ": " + e.getMessage(), e);
            }
        }
    }

    /** How synonym entries themselves are tokenized: like the text, before stop words and stems. */
    private static final class FoldingAnalyzer extends Analyzer {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer tokenizer = new StandardTokenizer();
            TokenStream stream = new LowerCaseFilter(new EnglishPossessiveFilter(tokenizer));
            return new TokenStreamComponents(tokenizer, new ASCIIFoldingFilter(stream));
        }
    }
}
