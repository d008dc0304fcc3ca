package org.marketaccess.portal.search.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
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
    /** The reference corpus's texts as term-frequency vectors: the prior of every index's statistics. */
    private final List<BytesRef> reference;

    private PairText(
            LanguageAnalysis analysis,
            Map<String, Integer> documentFrequency,
            int documents,
            List<BytesRef> reference) {
        this.reference = reference;
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
        PairText counting = new PairText(analysis, Map.of(), 0, List.of());
        List<BytesRef> vectors = new ArrayList<>();
        for (String resource : REFERENCE) {
            try (InputStream in = PairText.class.getResourceAsStream(resource);
                    BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    if (line.isBlank()) {
                        continue;
                    }
                    JsonNode record = json.readTree(line);
                    Set<String> terms = new HashSet<>();
                    Map<String, Float> frequencies = new HashMap<>();
                    for (String field : new String[] {"title", "name", "description", "desiredOutcomes"}) {
                        JsonNode value = record.get(field);
                        if (value != null && value.isString()) {
                            float weight = field.equals("title") || field.equals("name") ? TITLE_WEIGHT : 1f;
                            counting.termFrequencies(value.stringValue(), weight)
                                    .forEach((term, tf) -> frequencies.merge(term, tf, Float::sum));
                        }
                    }
                    terms.addAll(frequencies.keySet());
                    vectors.add(encode(frequencies));
                    terms.forEach(term -> frequency.merge(term, 1, Integer::sum));
                    documents++;
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the reference corpus " + resource, e);
            }
        }
        return new PairText(analysis, Map.copyOf(frequency), documents, List.copyOf(vectors));
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

    /** Term frequencies (title terms counting twice) as (hash, frequency) pairs sorted by hash. */
    private static BytesRef encode(Map<String, Float> frequencies) {
        long[] entries = new long[frequencies.size()];
        int n = 0;
        for (Map.Entry<String, Float> term : frequencies.entrySet()) {
            entries[n++] =
                    ((long) hash(term.getKey()) << 32) | (Float.floatToRawIntBits(term.getValue()) & 0xffffffffL);
        }
        Arrays.sort(entries);
        ByteBuffer bytes = ByteBuffer.allocate(n * 8);
        int previous = 0;
        int distinct = 0;
        for (long entry : entries) {
            int hash = (int) (entry >> 32);
            float tf = Float.intBitsToFloat((int) entry);
            if (distinct > 0 && previous == hash) {
                // two terms with one hash share a slot
                int at = bytes.position() - 4;
                bytes.putFloat(at, bytes.getFloat(at) + tf);
            } else {
                bytes.putInt(hash);
                bytes.putFloat(tf);
                previous = hash;
                distinct++;
            }
        }
        return new BytesRef(bytes.array(), 0, bytes.position());
    }

    /** BM25's term-frequency saturation and length normalization (Lucene's defaults). */
    static final float K1 = 1.2f;

    static final float B = 0.75f;

    /**
     * The term statistics a pair's similarity is weighed with: the reference corpus together with the
     * index's own postings, as document frequencies by term hash, the number of documents and their
     * average length. A snapshot: taken again only when the index has changed enough ({@link
     * PostingIndex}), so that a pair's number does not move with every posting that comes or goes.
     */
    public static final class Statistics {

        private final int documents;
        private final int indexed;
        private final float averageLength;
        private final int[] keys;
        private final float[] idf;
        private final float unseen;

        private Statistics(int documents, int indexed, double totalLength, HashCounts df) {
            this.documents = documents;
            this.indexed = indexed;
            this.averageLength = (float) Math.max(1e-3, documents == 0 ? 1 : totalLength / documents);
            keys = new int[Integer.highestOneBit(Math.max(8, df.size * 2)) << 1];
            idf = new float[keys.length];
            Arrays.fill(idf, -1f);
            for (int i = 0; i < df.keys.length; i++) {
                if (df.counts[i] > 0) {
                    int slot = slot(df.keys[i], keys.length);
                    while (idf[slot] >= 0) {
                        slot = (slot + 1) & (keys.length - 1);
                    }
                    keys[slot] = df.keys[i];
                    idf[slot] = idf(documents, df.counts[i]);
                }
            }
            unseen = idf(documents, 0);
        }

        private static float idf(int documents, int df) {
            return (float) Math.log(1 + (documents - df + 0.5) / (df + 0.5));
        }

        /** How many postings of the index the snapshot counted. */
        public int indexed() {
            return indexed;
        }

        float idf(int hash) {
            int slot = slot(hash, keys.length);
            while (idf[slot] >= 0) {
                if (keys[slot] == hash) {
                    return idf[slot];
                }
                slot = (slot + 1) & (keys.length - 1);
            }
            return unseen;
        }

        /** {@code 1 - b + b · length / average}: BM25's length normalization of one text. */
        float lengthNorm(float length) {
            return 1 - B + B * length / averageLength;
        }
    }

    private static int slot(int hash, int size) {
        return (hash * 0x9E3779B9) >>> (32 - Integer.numberOfTrailingZeros(size));
    }

    /** Counts by term hash, open addressing, no boxing: a snapshot of 100,000 postings counts ~10^7 terms. */
    private static final class HashCounts {
        int[] keys = new int[1 << 12];
        int[] counts = new int[1 << 12];
        int size;

        void add(int hash) {
            if (size * 2 >= keys.length) {
                grow();
            }
            int slot = slot(hash, keys.length);
            while (counts[slot] > 0 && keys[slot] != hash) {
                slot = (slot + 1) & (keys.length - 1);
            }
            if (counts[slot] == 0) {
                keys[slot] = hash;
                size++;
            }
            counts[slot]++;
        }

        private void grow() {
            int[] oldKeys = keys;
            int[] oldCounts = counts;
            keys = new int[oldKeys.length * 2];
            counts = new int[oldKeys.length * 2];
            for (int i = 0; i < oldKeys.length; i++) {
                if (oldCounts[i] > 0) {
                    int slot = slot(oldKeys[i], keys.length);
                    while (counts[slot] > 0) {
                        slot = (slot + 1) & (keys.length - 1);
                    }
                    keys[slot] = oldKeys[i];
                    counts[slot] = oldCounts[i];
                }
            }
        }
    }

    /** The statistics of the reference corpus and of {@code postings} (each vector one posting). */
    public Statistics statistics(Iterable<BytesRef> postings) {
        HashCounts df = new HashCounts();
        double length = 0;
        int documents = 0;
        int indexed = 0;
        for (BytesRef vector : reference) {
            length += count(vector, df);
            documents++;
        }
        for (BytesRef vector : postings) {
            length += count(vector, df);
            documents++;
            indexed++;
        }
        return new Statistics(documents, indexed, length, df);
    }

    /** The reference corpus's statistics alone (an empty index). */
    public Statistics statistics() {
        return statistics(List.of());
    }

    private static double count(BytesRef vector, HashCounts df) {
        ByteBuffer entries = ByteBuffer.wrap(vector.bytes, vector.offset, vector.length);
        double length = 0;
        while (entries.hasRemaining()) {
            df.add(entries.getInt());
            length += entries.getFloat();
        }
        return length;
    }

    /** A posting's vector weighed once, to be compared with many candidates. */
    public static final class Prepared {
        private final int[] hashes;
        private final float[] tf;
        private final float lengthNorm;
        private final double self;

        private Prepared(int[] hashes, float[] tf, float lengthNorm, double self) {
            this.hashes = hashes;
            this.tf = tf;
            this.lengthNorm = lengthNorm;
            this.self = self;
        }
    }

    private static float saturated(float tf, float lengthNorm) {
        return tf * (K1 + 1) / (tf + K1 * lengthNorm);
    }

    /** {@code vector} (encoded by {@link #vectors}) weighed by {@code statistics}. */
    public static Prepared prepare(BytesRef vector, Statistics statistics) {
        int n = vector.length / 8;
        int[] hashes = new int[n];
        float[] tf = new float[n];
        float[] idf = new float[n];
        ByteBuffer entries = ByteBuffer.wrap(vector.bytes, vector.offset, vector.length);
        float length = 0;
        for (int i = 0; i < n; i++) {
            hashes[i] = entries.getInt();
            tf[i] = entries.getFloat();
            idf[i] = statistics.idf(hashes[i]);
            length += tf[i];
        }
        float lengthNorm = statistics.lengthNorm(length);
        double self = 0;
        for (int i = 0; i < n; i++) {
            self += idf[i] * tf[i] * saturated(tf[i], lengthNorm);
        }
        return new Prepared(hashes, tf, lengthNorm, self);
    }

    /**
     * How much two postings say the same thing, from 0 to 1, the same whichever is {@code query}:
     * the mean of BM25 of each text read as a query against the other, each divided by that text's
     * BM25 against itself (what it would score against a copy of itself). Idf, saturation and length
     * normalization come from {@code statistics}. One pass over the document's vector.
     */
    public static double similarity(Prepared query, BytesRef document, Statistics statistics) {
        if (query.hashes.length == 0 || document.length == 0 || query.self == 0) {
            return 0;
        }
        ByteBuffer entries = ByteBuffer.wrap(document.bytes, document.offset, document.length);
        float length = 0;
        while (entries.hasRemaining()) {
            entries.getInt();
            length += entries.getFloat();
        }
        float lengthNorm = statistics.lengthNorm(length);
        entries.rewind();
        double towardsDocument = 0;
        double towardsQuery = 0;
        double self = 0;
        int q = 0;
        int[] hashes = query.hashes;
        while (entries.hasRemaining()) {
            int hash = entries.getInt();
            float tf = entries.getFloat();
            float idf = statistics.idf(hash);
            self += idf * tf * saturated(tf, lengthNorm);
            while (q < hashes.length && hashes[q] < hash) {
                q++;
            }
            if (q < hashes.length && hashes[q] == hash) {
                towardsDocument += idf * query.tf[q] * saturated(tf, lengthNorm);
                towardsQuery += idf * tf * saturated(query.tf[q], query.lengthNorm);
            }
        }
        double value = (towardsDocument / query.self + (self == 0 ? 0 : towardsQuery / self)) / 2;
        return Math.max(0, Math.min(1, value));
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
