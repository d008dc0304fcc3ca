package org.marketaccess.portal.search.internal;

import java.text.Normalizer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.ca.CatalanAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.es.SpanishLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.util.ElisionFilter;
import org.tartarus.snowball.ext.CatalanStemmer;

/**
 * Spanish or Catalan analysis, from the parts of Lucene's {@link SpanishAnalyzer} and {@link
 * CatalanAnalyzer} (their stop words and stemmers; Catalan elision: l'hospital, d'atenció), with
 * accents folded before stop words and stems: people type "cardiaca" as often as "cardíaca", and
 * both must give one term. English function words are stop words too: postings mix in English
 * terms, and typed text is read in every language, so "and" or "the" must not become search terms.
 */
final class RomanceAnalyzer extends Analyzer {

    private static final CharArraySet CATALAN_ELISIONS =
            CharArraySet.unmodifiableSet(new CharArraySet(java.util.List.of("d", "l", "m", "n", "s", "t"), true));

    private final boolean catalan;
    private final CharArraySet stopWords;

    private RomanceAnalyzer(boolean catalan, CharArraySet stopWords) {
        this.catalan = catalan;
        CharArraySet all = new CharArraySet(stopWords, true);
        all.addAll(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
        this.stopWords = folded(all);
    }

    static RomanceAnalyzer spanish() {
        return new RomanceAnalyzer(false, SpanishAnalyzer.getDefaultStopSet());
    }

    static RomanceAnalyzer catalan() {
        return new RomanceAnalyzer(true, CatalanAnalyzer.getDefaultStopSet());
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer tokenizer = new StandardTokenizer();
        TokenStream stream = tokenizer;
        if (catalan) {
            stream = new ElisionFilter(stream, CATALAN_ELISIONS);
        }
        stream = new LowerCaseFilter(stream);
        stream = new ASCIIFoldingFilter(stream);
        stream = new StopFilter(stream, stopWords);
        stream = catalan ? new SnowballFilter(stream, new CatalanStemmer()) : new SpanishLightStemFilter(stream);
        return new TokenStreamComponents(tokenizer, stream);
    }

    private static CharArraySet folded(CharArraySet words) {
        CharArraySet folded = new CharArraySet(words.size() * 2, true);
        for (Object word : words) {
            String text = word instanceof char[] chars ? new String(chars) : word.toString();
            folded.add(text);
            folded.add(Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", ""));
        }
        return CharArraySet.unmodifiableSet(folded);
    }
}
