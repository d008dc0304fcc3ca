package org.marketaccess.portal.search.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.StringHelper;
import org.marketaccess.portal.posting.PostingLanguage;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * How much two postings say the same thing, as a property of the two alone: the cosine of their
 * term vectors (the medical analyzer's terms, synonyms expanded; title terms count twice; weight
 * {@code (1 + ln tf) × idf}). The idf comes from a fixed reference corpus, the portal's demo data
 * set shipped in the jar, not from the live index: a pair's text similarity does not move when
 * other postings come and go (decision 011). A term the reference never saw is rare by definition
 * and weighs most.
 *
 * <p>Vectors are L2-normalized and kept in the index as doc values (term hashes in ascending order
 * with their weights), so the similarity of a query to a candidate is one merge of two short lists.
 */
public final class PairText {

    /** The reference corpus: every text of the demo data set. */
    private static final String[] REFERENCE = {
        "/demo/needs.jsonl", "/demo/opportunities.jsonl", "/demo/organizations.jsonl"
    };

    private static final float TITLE_WEIGHT = 2f;

    // only terms and their counts are read: the unflattened graph gives the same ones, faster
    private final LanguageAnalysis analysis;
    private final Map<String, Integer> documentFrequency;
    private final int documents;

    private PairText(LanguageAnalysis analysis, Map<String, Integer> documentFrequency, int documents) {
        this.analysis = analysis;
        this.documentFrequency = documentFrequency;
        this.documents = documents;
    }

    /** The portal's: idf from the reference corpus in the jar, English analysis (for explanations). */
    public static PairText reference() {
        return Holder.ENGLISH_ONLY;
    }

    /** Idf from the reference corpus, each text analyzed as {@code analysis} says. */
    static PairText reference(LanguageAnalysis analysis) {
        return analysis.isMultilingual() ? Holder.MULTILINGUAL : Holder.ENGLISH_ONLY;
    }

    private static final class Holder {
        static final PairText ENGLISH_ONLY = load(LanguageAnalysis.englishOnly());
        static final PairText MULTILINGUAL = load(LanguageAnalysis.multilingual());
    }

    private static PairText load(LanguageAnalysis analysis) {
        Map<String, Integer> frequency = new HashMap<>();
        int documents = 0;
        JsonMapper json = JsonMapper.builder().build();
        PairText counting = new PairText(analysis, Map.of(), 0);
        for (String resource : REFERENCE) {
            try (InputStream in = PairText.class.getResourceAsStream(resource);
                    BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    if (line.isBlank()) {
                        continue;
                    }
                    JsonNode record = json.readTree(line);
                    Set<String> terms = new HashSet<>();
                    for (String field : new String[] {"title", "name", "description", "desiredOutcomes"}) {
                        JsonNode value = record.get(field);
                        if (value != null && value.isString()) {
                            terms.addAll(counting.termFrequencies(value.stringValue(), 1f)
                                    .keySet());
                        }
                    }
                    terms.forEach(term -> frequency.merge(term, 1, Integer::sum));
                    documents++;
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the reference corpus " + resource, e);
            }
        }
        return new PairText(analysis, Map.copyOf(frequency), documents);
    }

    /**
     * A posting's term vectors: of its words alone, and of its words and the concepts it names
     * (decision 027). Two English postings compare their words, as before concepts were there (the
     * English synonyms already join what concepts would); a pair in which either side is Spanish or
     * Catalan compares words and concepts, which is where the languages meet. A Spanish or Catalan
     * posting's words vector carries its concepts too: it is compared that way only.
     */
    public record Vectors(BytesRef words, BytesRef withConcepts) {}

    /** A posting's vectors, encoded for doc values; the text read in {@code language}. */
    public Vectors vectors(PostingLanguage language, String title, String body) {
        Map<String, Float> words = new HashMap<>();
        Map<String, Float> concepts = new HashMap<>();
        count(words, concepts, language, title, TITLE_WEIGHT);
        count(words, concepts, language, body, 1f);
        if (concepts.isEmpty()) {
            BytesRef vector = encode(words);
            return new Vectors(vector, vector);
        }
        Map<String, Float> all = new HashMap<>(words);
        concepts.forEach((term, weight) -> all.merge(term, weight, Float::sum));
        BytesRef withConcepts = encode(all);
        return new Vectors(language == PostingLanguage.EN ? encode(words) : withConcepts, withConcepts);
    }

    private BytesRef encode(Map<String, Float> frequencies) {
        // (hash, weight) pairs in one long each, sorted by hash: no boxing, one sort
        long[] entries = new long[frequencies.size()];
        int n = 0;
        for (Map.Entry<String, Float> term : frequencies.entrySet()) {
            float weight = (float) ((1 + Math.log(term.getValue())) * idf(term.getKey()));
            entries[n++] = ((long) hash(term.getKey()) << 32) | (Float.floatToRawIntBits(weight) & 0xffffffffL);
        }
        Arrays.sort(entries);
        int[] hashes = new int[n];
        float[] weights = new float[n];
        int distinct = 0;
        for (long entry : entries) {
            int hash = (int) (entry >> 32);
            float weight = Float.intBitsToFloat((int) entry);
            if (distinct > 0 && hashes[distinct - 1] == hash) {
                weights[distinct - 1] += weight; // two terms with one hash share a slot
            } else {
                hashes[distinct] = hash;
                weights[distinct++] = weight;
            }
        }
        double norm = 0;
        for (int i = 0; i < distinct; i++) {
            norm += weights[i] * weights[i];
        }
        double length = Math.sqrt(norm);
        ByteBuffer bytes = ByteBuffer.allocate(distinct * 8);
        for (int i = 0; i < distinct; i++) {
            bytes.putInt(hashes[i]);
            bytes.putFloat((float) (weights[i] / length));
        }
        return new BytesRef(bytes.array());
    }

    /** The cosine of two encoded vectors, from 0 (nothing in common) to 1. */
    public static double cosine(BytesRef a, BytesRef b) {
        ByteBuffer left = ByteBuffer.wrap(a.bytes, a.offset, a.length);
        ByteBuffer right = ByteBuffer.wrap(b.bytes, b.offset, b.length);
        double dot = 0;
        if (!left.hasRemaining() || !right.hasRemaining()) {
            return 0;
        }
        int l = left.getInt();
        float lw = left.getFloat();
        int r = right.getInt();
        float rw = right.getFloat();
        while (true) {
            if (l == r) {
                dot += lw * rw;
                if (!left.hasRemaining() || !right.hasRemaining()) {
                    break;
                }
                l = left.getInt();
                lw = left.getFloat();
                r = right.getInt();
                rw = right.getFloat();
            } else if (l < r) {
                if (!left.hasRemaining()) {
                    break;
                }
                l = left.getInt();
                lw = left.getFloat();
            } else {
                if (!right.hasRemaining()) {
                    break;
                }
                r = right.getInt();
                rw = right.getFloat();
            }
        }
        return Math.max(0, Math.min(1, dot));
    }

    /**
     * The terms among {@code terms} that tell something, most telling first: not a number, and rare
     * enough in the reference corpus (in at most a quarter of its texts) to say more than "we want".
     */
    public List<String> telling(Collection<String> terms) {
        return terms.stream()
                .filter(term -> !term.chars().allMatch(Character::isDigit))
                .filter(term -> documentFrequency.getOrDefault(term, 0) <= documents / 4)
                .sorted(Comparator.comparingDouble((String term) -> -idf(term)).thenComparing(term -> term))
                .toList();
    }

    private double idf(String term) {
        int df = documentFrequency.getOrDefault(term, 0);
        return Math.log(1 + (documents - df + 0.5) / (df + 0.5));
    }

    private Map<String, Float> termFrequencies(String text, float weight) {
        Map<String, Float> frequencies = new HashMap<>();
        count(frequencies, frequencies, PostingLanguage.EN, text, weight);
        return frequencies;
    }

    private void count(
            Map<String, Float> words,
            Map<String, Float> concepts,
            PostingLanguage language,
            String text,
            float weight) {
        analysis.vectorTerms(
                (term, w) -> words.merge(term, w, Float::sum),
                (term, w) -> concepts.merge(term, w, Float::sum),
                language,
                text,
                weight);
    }

    private static int hash(String term) {
        byte[] bytes = term.getBytes(StandardCharsets.UTF_8);
        return StringHelper.murmurhash3_x86_32(bytes, 0, bytes.length, 0x9747b28c);
    }
}
