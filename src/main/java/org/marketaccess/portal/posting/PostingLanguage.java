package org.marketaccess.portal.posting;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The language a posting is written in: English, Spanish or Catalan, the three the portal speaks.
 * Detected from the text by its function words (decision 027): a short posting has too few
 * letters for character statistics, but every sentence has articles, prepositions and
 * conjunctions, and these differ between the three languages.
 */
public enum PostingLanguage {
    EN("en"),
    ES("es"),
    CA("ca");

    private final String code;

    PostingLanguage(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** The language of a code (en, es, ca, any case); null for none or another. */
    public static PostingLanguage ofCode(String code) {
        if (code == null) {
            return null;
        }
        for (PostingLanguage language : values()) {
            if (language.code.equalsIgnoreCase(code.strip())) {
                return language;
            }
        }
        return null;
    }

    /**
     * Words that are common in one of the three languages and rare or absent in the other two
     * (accents folded, so "més" and "mes" count alike): a word in two lists counts for both.
     */
    private static final Map<PostingLanguage, Set<String>> MARKERS = Map.of(
            EN,
            Set.of(
                    "the",
                    "and",
                    "of",
                    "to",
                    "for",
                    "with",
                    "in",
                    "is",
                    "are",
                    "we",
                    "our",
                    "that",
                    "this",
                    "on",
                    "by",
                    "from",
                    "be",
                    "will",
                    "who",
                    "which",
                    "their",
                    "an",
                    "it",
                    "at",
                    "or",
                    "not",
                    "can",
                    "patients",
                    "care",
                    "want",
                    "need",
                    "have",
                    "has",
                    "would",
                    "into",
                    "your",
                    "you",
                    "looking",
                    "hospital",
                    "health",
                    "data",
                    "after",
                    "within"),
            ES,
            Set.of(
                    "el",
                    "de",
                    "la",
                    "en",
                    "los",
                    "las",
                    "del",
                    "y",
                    "para",
                    "con",
                    "por",
                    "una",
                    "es",
                    "su",
                    "sus",
                    "al",
                    "como",
                    "mas",
                    "pero",
                    "muy",
                    "esta",
                    "este",
                    "estos",
                    "estas",
                    "sin",
                    "sobre",
                    "entre",
                    "hasta",
                    "desde",
                    "nuestro",
                    "nuestra",
                    "nuestros",
                    "nuestras",
                    "buscamos",
                    "queremos",
                    "pacientes",
                    "hospital",
                    "salud",
                    "datos",
                    "hay",
                    "tambien",
                    "cada",
                    "donde",
                    "cuando",
                    "ser",
                    "son",
                    "atencion",
                    "anos",
                    "dias",
                    "ya",
                    "lo",
                    "le",
                    "les"),
            CA,
            Set.of(
                    "el",
                    "de",
                    "la",
                    "en",
                    "els",
                    "del",
                    "les",
                    "dels",
                    "i",
                    "per",
                    "amb",
                    "una",
                    "es",
                    "seu",
                    "seva",
                    "seus",
                    "seves",
                    "als",
                    "com",
                    "mes",
                    "pero",
                    "molt",
                    "aquest",
                    "aquesta",
                    "aquests",
                    "aquestes",
                    "sense",
                    "sobre",
                    "entre",
                    "fins",
                    "des",
                    "nostre",
                    "nostra",
                    "nostres",
                    "busquem",
                    "volem",
                    "pacients",
                    "salut",
                    "dades",
                    "hi",
                    "tambe",
                    "cada",
                    "on",
                    "quan",
                    "ser",
                    "son",
                    "atencio",
                    "anys",
                    "dies",
                    "ja",
                    "ho",
                    "al"));

    /**
     * Marker words that English text uses too, as words, Latin or abbreviations ("per cent",
     * "de novo", "et al.", "sense", "type I", "x and y"): all but son and dies (English words) were
     * found in 5,393 English texts (CISI, Cranfield, SciFact, the public set). They count half.
     */
    private static final Set<String> SHARED_WITH_ENGLISH = Set.of(
            "per", "sense", "es", "de", "al", "ser", "als", "ho", "com", "fins", "sin", "hi", "des", "son", "dies", "i",
            "y");

    /**
     * The evidence a text needs for Spanish or Catalan: one marker word. Less (a shared word, an
     * accent) leaves it English, as most postings are.
     */
    private static final double MIN_EVIDENCE = 1;

    /**
     * The language of {@code text}: the one whose marker words it holds most often; letters only
     * one language uses (ñ, ¿ for Spanish; ç, l·l, à, è, ò, ï for Catalan) and the ending -ción or -ció weigh too. English when the
     * text says nothing (empty, numbers, names only), the counts tie, or Spanish or Catalan have
     * less than {@link #MIN_EVIDENCE}: a short English claim with no function word ("N-terminal
     * cleavage increases success") must not turn Catalan on a letter. A lone letter (the n of
     * N-terminal, vitamin D, n = 12) is no word: l, d, s, n count for Catalan only when elided (l', d').
     */
    public static PostingLanguage detect(String text) {
        if (text == null || text.isBlank()) {
            return EN;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        double[] score = new double[values().length];
        for (String word : words(lower)) {
            // elided articles and pronouns (l'hospital, d'atenció) are Catalan; an English
            // possessive or contraction (patient's, don't) is English
            int apostrophe = Math.max(word.indexOf('\''), word.indexOf('’'));
            if (apostrophe > 0) {
                String before = word.substring(0, apostrophe);
                if (before.equals("l") || before.equals("d") || before.equals("s") || before.equals("n")) {
                    score[CA.ordinal()] += 1;
                } else {
                    score[EN.ordinal()] += 0.5;
                }
                word = word.substring(0, apostrophe);
            }
            if (word.contains("l·l")) {
                score[CA.ordinal()] += 1;
            }
            // -ción/-ciones is Spanish, -ció/-cions Catalan: the commonest noun ending tells them apart
            if (word.endsWith("ción") || word.endsWith("ciones")) {
                score[ES.ordinal()] += 1;
            } else if (word.endsWith("ció") || word.endsWith("cions")) {
                score[CA.ordinal()] += 1;
            }
            String folded = fold(word);
            double weight = SHARED_WITH_ENGLISH.contains(folded) ? 0.5 : 1;
            for (PostingLanguage language : values()) {
                if (MARKERS.get(language).contains(folded)) {
                    score[language.ordinal()] += weight;
                }
            }
        }
        score[ES.ordinal()] += 0.5 * count(lower, "ñ¿¡");
        score[CA.ordinal()] += 0.5 * count(lower, "çàèòï");
        PostingLanguage best = EN;
        for (PostingLanguage language : values()) {
            if (score[language.ordinal()] > score[best.ordinal()]
                    && (language == EN || score[language.ordinal()] >= MIN_EVIDENCE)) {
                best = language;
            }
        }
        return best;
    }

    /**
     * The runs of letters, middle dots and apostrophes (what a split at {@code [^\\p{L}·'’]+} gives,
     * without the empty ones), scanned by hand: a regular expression cost a tenth of indexing.
     */
    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        int start = -1;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            boolean inWord = Character.isLetter(c) || c == '·' || c == '\'' || c == '’';
            if (inWord && start < 0) {
                start = i;
            } else if (!inWord && start >= 0) {
                words.add(text.substring(start, i));
                start = -1;
            }
            i += Character.charCount(c);
        }
        if (start >= 0) {
            words.add(text.substring(start));
        }
        return words;
    }

    private static int count(String text, String letters) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            if (letters.indexOf(text.charAt(i)) >= 0) {
                n++;
            }
        }
        return n;
    }

    private static String fold(String word) {
        // ASCII has no accents to fold (and most words are ASCII): the same word, without the normalizer
        if (word.chars().allMatch(c -> c < 0x80)) {
            return word;
        }
        return Normalizer.normalize(word, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }
}
