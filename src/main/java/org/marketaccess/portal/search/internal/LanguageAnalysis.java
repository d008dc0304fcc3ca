package org.marketaccess.portal.search.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.AnalyzerWrapper;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.util.CharsRef;
import org.apache.lucene.util.CharsRefBuilder;
import org.marketaccess.portal.posting.PostingLanguage;

/**
 * How text in each of the portal's languages is analyzed, and how the languages meet (decision
 * 027). A posting's text goes into its language's title and body fields, analyzed by that
 * language's analyzer (English: {@link MedicalAnalyzer}; Spanish, Catalan: {@link
 * RomanceAnalyzer}). The languages meet through concepts ({@code search/concepts.txt}): a text
 * that names a concept in one language is searched with the concept's phrases in the other two,
 * and its term vector carries a token for the concept, which the other languages' postings share.
 *
 * <p>The English-only analysis is the one before decision 027: every posting English, no
 * concepts. The evaluation runs both in one go.
 */
public final class LanguageAnalysis {

    /** Concept tokens in term vectors: no word of a text starts like this. */
    static final String CONCEPT = "concept_";

    /** A term of one language's fields. */
    record Key(PostingLanguage language, String term) implements Comparable<Key> {
        private static final Comparator<Key> ORDER =
                Comparator.comparing(Key::language).thenComparing(Key::term);

        @Override
        public int compareTo(Key other) {
            return ORDER.compare(this, other);
        }
    }

    private static final class Holder {
        static final LanguageAnalysis MULTILINGUAL = new LanguageAnalysis(true);
        static final LanguageAnalysis ENGLISH_ONLY = new LanguageAnalysis(false);
    }

    private final boolean multilingual;
    private final Map<PostingLanguage, Analyzer> index = new EnumMap<>(PostingLanguage.class);
    private final Map<PostingLanguage, Analyzer> queries = new EnumMap<>(PostingLanguage.class);
    private final Map<PostingLanguage, Analyzer> concepts = new EnumMap<>(PostingLanguage.class);
    /** Per concept token, the terms of its phrases in each language. */
    private final Map<String, Map<PostingLanguage, List<String>>> expansions = new HashMap<>();

    private LanguageAnalysis(boolean multilingual) {
        this.multilingual = multilingual;
        index.put(PostingLanguage.EN, MedicalAnalyzer.withoutSynonyms());
        queries.put(PostingLanguage.EN, MedicalAnalyzer.forQueries());
        if (multilingual) {
            index.put(PostingLanguage.ES, RomanceAnalyzer.spanish());
            index.put(PostingLanguage.CA, RomanceAnalyzer.catalan());
            queries.put(PostingLanguage.ES, index.get(PostingLanguage.ES));
            queries.put(PostingLanguage.CA, index.get(PostingLanguage.CA));
            loadConcepts();
        }
    }

    /** Each posting in its language, languages meeting through concepts: the portal's analysis. */
    public static LanguageAnalysis multilingual() {
        return Holder.MULTILINGUAL;
    }

    /** Every posting read as English, no concepts: the analysis before decision 027. */
    public static LanguageAnalysis englishOnly() {
        return Holder.ENGLISH_ONLY;
    }

    public boolean isMultilingual() {
        return multilingual;
    }

    /** The language a posting is analyzed in: its own when known, else detected; English when only English is. */
    PostingLanguage languageOf(PostingLanguage given, String title, String body) {
        if (!multilingual) {
            return PostingLanguage.EN;
        }
        if (given != null) {
            return given;
        }
        return PostingLanguage.detect((title == null ? "" : title) + "\n" + (body == null ? "" : body));
    }

    /** The languages typed text is read in: it is too short to tell, so every one. */
    List<PostingLanguage> queryLanguages() {
        return multilingual ? List.of(PostingLanguage.values()) : List.of(PostingLanguage.EN);
    }

    static String title(PostingLanguage language) {
        return language == PostingLanguage.EN ? PostingSchema.TITLE : PostingSchema.TITLE + "_" + language.code();
    }

    static String body(PostingLanguage language) {
        return language == PostingLanguage.EN ? PostingSchema.BODY : PostingSchema.BODY + "_" + language.code();
    }

    /** For the index writer: each language's fields with that language's analyzer. */
    Analyzer indexAnalyzer() {
        Map<String, Analyzer> fields = new HashMap<>();
        index.forEach((language, analyzer) -> {
            fields.put(title(language), analyzer);
            fields.put(body(language), analyzer);
        });
        return new PerFieldAnalyzerWrapper(index.get(PostingLanguage.EN), fields);
    }

    /**
     * The query terms of {@code text} read in {@code language} (English with its synonyms), and for
     * each concept it names the terms of the concept's phrases in the other languages.
     */
    void queryTerms(Map<Key, Float> weights, PostingLanguage language, String text, float weight) {
        if (text == null || text.isBlank()) {
            return;
        }
        tokens(queries.get(language), text, term -> weights.merge(new Key(language, term), weight, Float::sum));
        if (multilingual) {
            tokens(concepts.get(language), text, term -> {
                if (term.startsWith(CONCEPT)) {
                    expansions.get(term).forEach((other, terms) -> {
                        if (other != language) {
                            terms.forEach(t -> weights.merge(new Key(other, t), weight, Float::sum));
                        }
                    });
                }
            });
        }
    }

    /** The terms of {@code text} as written, read in {@code language}: no synonyms, no concepts. */
    void typedTerms(Set<Key> terms, PostingLanguage language, String text) {
        if (text != null && !text.isBlank()) {
            tokens(index.get(language), text, term -> terms.add(new Key(language, term)));
        }
    }

    /** The terms of {@code text} as the index holds them, in order (no synonyms, no concepts). */
    List<String> indexTerms(PostingLanguage language, String text) {
        List<String> terms = new ArrayList<>();
        if (text != null && !text.isBlank()) {
            tokens(index.get(language), text, terms::add);
        }
        return terms;
    }

    /**
     * The terms of a text's vector: its query terms to {@code words} and, when languages meet, the
     * concepts it names to {@code concepts}.
     */
    void vectorTerms(
            BiConsumer<String, Float> words,
            BiConsumer<String, Float> concepts,
            PostingLanguage language,
            String text,
            float weight) {
        if (text == null || text.isBlank()) {
            return;
        }
        typedTokens(
                queries.get(language),
                text,
                (term, synonym) -> words.accept(term, synonym ? weight * SYNONYM_WEIGHT : weight));
        if (multilingual) {
            tokens(this.concepts.get(language), text, term -> {
                if (term.startsWith(CONCEPT)) {
                    concepts.accept(term, weight);
                }
            });
        }
    }

    private void loadConcepts() {
        Map<PostingLanguage, SynonymMap.Builder> builders = new EnumMap<>(PostingLanguage.class);
        for (PostingLanguage language : PostingLanguage.values()) {
            builders.put(language, new SynonymMap.Builder(true));
        }
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(
                LanguageAnalysis.class.getResourceAsStream("/search/concepts.txt"), StandardCharsets.UTF_8))) {
            int number = 0;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] columns = line.split("\\|");
                if (columns.length != 1 + PostingLanguage.values().length) {
                    throw new IllegalStateException(
                            "search/concepts.txt line " + number + ": expected id | en | es | ca");
                }
                String token = CONCEPT + columns[0].strip();
                Map<PostingLanguage, List<String>> terms = new EnumMap<>(PostingLanguage.class);
                for (PostingLanguage language : PostingLanguage.values()) {
                    Set<String> languageTerms = new LinkedHashSet<>();
                    for (String phrase : columns[1 + language.ordinal()].split(",")) {
                        List<String> words = new ArrayList<>();
                        tokens(index.get(language), phrase.strip(), words::add);
                        if (words.isEmpty()) {
                            continue;
                        }
                        languageTerms.addAll(words);
                        builders.get(language)
                                .add(
                                        SynonymMap.Builder.join(words.toArray(String[]::new), new CharsRefBuilder()),
                                        new CharsRef(token),
                                        false);
                    }
                    terms.put(language, List.copyOf(languageTerms));
                }
                expansions.put(token, terms);
            }
            for (PostingLanguage language : PostingLanguage.values()) {
                concepts.put(
                        language,
                        new ConceptAnalyzer(
                                index.get(language), builders.get(language).build()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read search/concepts.txt", e);
        }
    }

    /**
     * A synonym counts half a word in a term vector (decision 029): a group of seven phrases would
     * otherwise outweigh the word that brought it, and its general words ("care", "home") match
     * unrelated texts.
     */
    static final float SYNONYM_WEIGHT = 0.5f;

    /**
     * The last few texts each thread analyzed, with their terms. Matching reads the posting's text
     * twice, for its query terms and for its vector, with the same analyzers: the second read is
     * served from here.
     */
    private static final ThreadLocal<Recent> RECENT = ThreadLocal.withInitial(Recent::new);

    /** A text's terms in order, and which of them a synonym brought. */
    private record Analyzed(List<String> terms, java.util.BitSet synonyms) {}

    private static void tokens(Analyzer analyzer, String text, java.util.function.Consumer<String> each) {
        analyzed(analyzer, text).terms().forEach(each);
    }

    private static void typedTokens(Analyzer analyzer, String text, BiConsumer<String, Boolean> each) {
        Analyzed analyzed = analyzed(analyzer, text);
        for (int i = 0; i < analyzed.terms().size(); i++) {
            each.accept(analyzed.terms().get(i), analyzed.synonyms().get(i));
        }
    }

    private static Analyzed analyzed(Analyzer analyzer, String text) {
        Recent recent = RECENT.get();
        Analyzed analyzed = recent.get(analyzer, text);
        if (analyzed == null) {
            analyzed = analyze(analyzer, text);
            recent.put(analyzer, text, analyzed);
        }
        return analyzed;
    }

    /** A few (analyzer, text) pairs and their terms, the oldest replaced first. */
    private static final class Recent {
        private static final int SIZE = 8;
        private final Analyzer[] analyzers = new Analyzer[SIZE];
        private final String[] texts = new String[SIZE];
        private final Analyzed[] found = new Analyzed[SIZE];
        private int next;

        Analyzed get(Analyzer analyzer, String text) {
            for (int i = 0; i < SIZE; i++) {
                if (analyzers[i] == analyzer && text.equals(texts[i])) {
                    return found[i];
                }
            }
            return null;
        }

        void put(Analyzer analyzer, String text, Analyzed analyzed) {
            analyzers[next] = analyzer;
            texts[next] = text;
            found[next] = analyzed;
            next = (next + 1) % SIZE;
        }
    }

    private static Analyzed analyze(Analyzer analyzer, String text) {
        List<String> terms = new ArrayList<>();
        java.util.BitSet synonyms = new java.util.BitSet();
        try (TokenStream stream = analyzer.tokenStream(PostingSchema.BODY, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            org.apache.lucene.analysis.tokenattributes.TypeAttribute type =
                    stream.addAttribute(org.apache.lucene.analysis.tokenattributes.TypeAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                if (SynonymGraphFilter.TYPE_SYNONYM.equals(type.type())) {
                    synonyms.set(terms.size());
                }
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // not copied: the list never leaves this class and nothing changes it once cached
        return new Analyzed(terms, synonyms);
    }

    /** A language's analysis with its concept phrases replaced by concept tokens. */
    private static final class ConceptAnalyzer extends AnalyzerWrapper {

        private final Analyzer base;
        private final SynonymMap concepts;

        ConceptAnalyzer(Analyzer base, SynonymMap concepts) {
            super(Analyzer.PER_FIELD_REUSE_STRATEGY);
            this.base = base;
            this.concepts = concepts;
        }

        @Override
        protected Analyzer getWrappedAnalyzer(String fieldName) {
            return base;
        }

        @Override
        protected TokenStreamComponents wrapComponents(String fieldName, TokenStreamComponents components) {
            return new TokenStreamComponents(
                    components.getSource(), new SynonymGraphFilter(components.getTokenStream(), concepts, true));
        }
    }
}
