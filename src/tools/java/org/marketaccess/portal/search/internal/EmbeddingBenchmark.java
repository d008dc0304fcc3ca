package org.marketaccess.portal.search.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.IntConsumer;
import org.apache.lucene.codecs.KnnVectorsFormat;
import org.apache.lucene.codecs.lucene104.Lucene104Codec;
import org.apache.lucene.codecs.lucene104.Lucene104HnswScalarQuantizedVectorsFormat;
import org.apache.lucene.codecs.lucene99.Lucene99HnswVectorsFormat;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.marketaccess.portal.dataset.Dataset;
import org.marketaccess.portal.dataset.DatasetReader;
import org.marketaccess.portal.posting.PostingKind;
import org.marketaccess.portal.posting.PostingLanguage;
import org.marketaccess.portal.search.DenseIndex;
import org.marketaccess.portal.search.SentenceEmbedder;
import org.marketaccess.portal.search.Visibility;
import org.marketaccess.portal.taxonomy.TaxonomyKind;
import org.marketaccess.portal.taxonomy.TaxonomySnapshot;

/**
 * {@code scripts/benchmark-embeddings [N]}: what dense embeddings would cost the portal (decision
 * 030), each figure beside its lexical-only baseline of the same run. Embedding throughput of
 * all-MiniLM-L6-v2 (float and int8) on real postings; then N synthetic postings (default 100,000)
 * indexed on disk as the portal indexes them ({@link PostingSchema}), without and with a 384-dim
 * HNSW vector field (float, and Lucene's int8 scalar-quantized format), the merge a rebuild ends
 * with, the index size, and the latency of a match (the engine's), of an HNSW top-100 search
 * (filtered by kind and organization, as matching is), and of both in turn (a hybrid match).
 */
public final class EmbeddingBenchmark {

    private static final int WARMUP = 1_000;
    private static final int QUERIES = 1_000;
    private static final int CANDIDATES = 100;
    private static final int VOCABULARY = 20_000;

    private final Random random = new Random(20261130);
    private final TaxonomySnapshot taxonomy = TaxonomySnapshot.fromMigrations();
    private final LanguageAnalysis analysis = LanguageAnalysis.multilingual();
    private final PairText pairText = PairText.reference(analysis);
    private final List<String> vocabulary = vocabulary();
    private final double[] zipf = zipf(VOCABULARY);

    private record Config(String name, boolean vectors, KnnVectorsFormat format, boolean storedOnly) {

        Config(String name, boolean vectors, KnnVectorsFormat format) {
            this(name, vectors, format, false);
        }
    }

    /** A stored vector without a graph: 384 floats as binary doc values, for reranking the engine's candidates. */
    static final String STORED = "embedding_stored";

    private record Built(Path path, double docsPerS, double mergeS, long bytes) {}

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 && !args[0].isBlank() ? Integer.parseInt(args[0].strip()) : 100_000;
        new EmbeddingBenchmark().run(n);
    }

    private void run(int n) throws Exception {
        // 1. Embedding throughput on real postings (the repository's cross-language set, 128 postings).
        Dataset real = DatasetReader.read(Path.of("eval/cross-language"));
        List<String> texts = new ArrayList<>();
        real.needs().forEach(need -> texts.add(need.title() + "\n" + need.description()));
        real.opportunities()
                .forEach(o -> texts.add(o.title() + "\n" + o.description() + "\n"
                        + java.util.Objects.toString(o.desiredOutcomes(), "")));
        double[] embedPerS = new double[2];
        List<float[]> base = null;
        for (boolean quantized : new boolean[] {false, true}) {
            long rssBefore = residentKb();
            long load = System.nanoTime();
            SentenceEmbedder embedder = SentenceEmbedder.miniLm(quantized);
            double loadS = seconds(load);
            System.out.printf(
                    Locale.ROOT,
                    "%s loaded: resident memory of the process +%.0f MB%n",
                    embedder.name(),
                    (residentKb() - rssBefore) / 1024.0);
            embedder.embedAll(texts.subList(0, 16));
            long start = System.nanoTime();
            List<float[]> vectors = new ArrayList<>();
            for (int pass = 0; pass < 2; pass++) {
                vectors = embedder.embedAll(texts);
            }
            embedPerS[quantized ? 1 : 0] = 2.0 * texts.size() / seconds(start);
            System.out.printf(
                    Locale.ROOT,
                    "embedding %s: %.1f postings/s (%d postings twice; model loaded in %.1f s)%n",
                    embedder.name(),
                    embedPerS[quantized ? 1 : 0],
                    texts.size(),
                    loadS);
            if (!quantized) {
                base = vectors;
            }
        }
        double avgChars = texts.stream().mapToInt(String::length).average().orElse(0);
        System.out.printf(Locale.ROOT, "mean posting length: %.0f characters%n", avgChars);

        // 2. N synthetic postings; their vectors are real embeddings plus noise (cosine ~0.7 to one of them).
        List<PostingSchema.Doc> docs = generate(n);
        List<float[]> vectors = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            vectors.add(noisy(base.get(random.nextInt(base.size()))));
        }

        // 3. Indexing: a warm-up (the JIT), then lexical only, float HNSW, int8 HNSW.
        build(docs.subList(0, Math.min(n, 10_000)), vectors, new Config("warm-up", true, null));
        List<Config> configs = List.of(
                new Config("lexical only (baseline)", false, null),
                new Config("with HNSW float32", true, null),
                new Config("with HNSW int8", true, new Lucene104HnswScalarQuantizedVectorsFormat()),
                // a cheaper graph (beam 32 instead of 100): faster to build, its recall not measured here
                new Config("with HNSW float32, beam 32", true, new Lucene99HnswVectorsFormat(16, 32)),
                new Config("with a stored vector, no graph", false, null, true));
        List<Built> built = new ArrayList<>();
        for (Config config : configs) {
            Built b = build(docs, vectors, config);
            built.add(b);
            System.out.printf(
                    Locale.ROOT,
                    "%-30s %,8.0f postings/s, merge into one segment %.2f s, index %.1f MB%n",
                    config.name(),
                    b.docsPerS(),
                    b.mergeS(),
                    b.bytes() / 1e6);
        }

        // 4. Latency: on the float index (it holds the lexical fields too), and heap of the open readers.
        Runtime runtime = Runtime.getRuntime();
        System.gc();
        long heapBefore = runtime.totalMemory() - runtime.freeMemory();
        double[][] latency = new double[6][];
        try (Directory lexicalDir = FSDirectory.open(built.get(0).path());
                DirectoryReader lexicalReader = DirectoryReader.open(lexicalDir)) {
            System.gc();
            long heapLexical = runtime.totalMemory() - runtime.freeMemory();
            IndexSearcher lexical = new IndexSearcher(lexicalReader);
            // latency only: the reference statistics cost the same lookups as a snapshot of the index
            PairText.Statistics statistics = pairText.statistics();
            PairMatcher matcher = new PairMatcher(new PostingQueries(1.5f, analysis), pairText, searcher -> statistics);
            List<Integer> needs = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                if (docs.get(i).kind().equals(PostingKind.NEED.name())) {
                    needs.add(i);
                }
            }
            IntConsumer match = i -> match(matcher, lexical, docs.get(i));
            latency[0] = latencies(() -> match.accept(needs.get(random.nextInt(needs.size()))));
            long heapHybrid = 0;
            for (int b = 1; b <= 2; b++) {
                try (Directory dir = FSDirectory.open(built.get(b).path());
                        DirectoryReader reader = DirectoryReader.open(dir)) {
                    System.gc();
                    if (b == 1) {
                        heapHybrid = runtime.totalMemory() - runtime.freeMemory();
                    }
                    IndexSearcher hybrid = new IndexSearcher(reader);
                    IntConsumer knn = i -> knn(hybrid, docs.get(i), vectors.get(i));
                    latency[b] = latencies(() -> knn.accept(needs.get(random.nextInt(needs.size()))));
                    if (b == 1) {
                        IntConsumer both = i -> {
                            match(matcher, hybrid, docs.get(i));
                            knn(hybrid, docs.get(i), vectors.get(i));
                        };
                        latency[3] = latencies(() -> both.accept(needs.get(random.nextInt(needs.size()))));
                        // the same engine match on the index that holds the vectors too
                        latency[4] = latencies(() -> match.accept(needs.get(random.nextInt(needs.size()))));
                    }
                }
            }
            try (Directory dir = FSDirectory.open(built.get(4).path());
                    DirectoryReader reader = DirectoryReader.open(dir)) {
                var leaf = reader.leaves().getFirst().reader();
                int maxDoc = leaf.maxDoc();
                latency[5] = latencies(() -> rerank(leaf, vectors.get(random.nextInt(n)), maxDoc));
            }
            System.out.printf(
                    Locale.ROOT,
                    "heap after opening: lexical reader +%.1f MB, float HNSW reader +%.1f MB (the graph and vectors are off-heap, memory-mapped)%n",
                    (heapLexical - heapBefore) / 1e6,
                    (heapHybrid - heapLexical) / 1e6);
        }
        String[] names = {
            "engine match (lexical)",
            "HNSW top-100 float32",
            "HNSW top-100 int8",
            "hybrid: match + HNSW",
            "engine match, vector index",
            "rerank 100 stored vectors"
        };
        System.out.println();
        System.out.printf(
                Locale.ROOT, "Latency at n=%d (ms p50/p95/p99, %d queries after %d warm-up)%n", n, QUERIES, WARMUP);
        for (int i = 0; i < names.length; i++) {
            System.out.printf(
                    Locale.ROOT, "%-28s %6.2f %6.2f %6.2f%n", names[i], latency[i][0], latency[i][1], latency[i][2]);
        }
        System.out.printf(
                Locale.ROOT,
                "RESULT n=%d embed_per_s=%.1f embed_int8_per_s=%.1f index_docs_per_s=%.0f baseline_index_docs_per_s=%.0f"
                        + " index_int8_docs_per_s=%.0f merge_s=%.2f baseline_merge_s=%.2f knn_p50_ms=%.2f knn_p99_ms=%.2f"
                        + " knn_int8_p99_ms=%.2f hybrid_match_p99_ms=%.2f baseline_match_p99_ms=%.2f index_mb=%.1f"
                        + " baseline_index_mb=%.1f index_beam32_docs_per_s=%.0f index_stored_docs_per_s=%.0f rerank_p99_ms=%.3f%n",
                n,
                embedPerS[0],
                embedPerS[1],
                built.get(1).docsPerS(),
                built.get(0).docsPerS(),
                built.get(2).docsPerS(),
                built.get(1).mergeS(),
                built.get(0).mergeS(),
                latency[1][0],
                latency[1][2],
                latency[2][2],
                latency[3][2],
                latency[0][2],
                built.get(1).bytes() / 1e6,
                built.get(0).bytes() / 1e6,
                built.get(3).docsPerS(),
                built.get(4).docsPerS(),
                latency[5][2]);
        for (Built b : built) {
            deleteTree(b.path());
        }
    }

    /** Indexes the postings as {@code PostingIndex} does (one writer, 64 MB buffer, one commit), then merges. */
    private Built build(List<PostingSchema.Doc> docs, List<float[]> vectors, Config config) throws IOException {
        Path path = Files.createTempDirectory("embedding-benchmark");
        IndexWriterConfig writerConfig = new IndexWriterConfig(analysis.indexAnalyzer()).setRAMBufferSizeMB(64);
        if (config.format() != null) {
            writerConfig.setCodec(new Lucene104Codec() {
                @Override
                public KnnVectorsFormat getKnnVectorsFormatForField(String field) {
                    return config.format();
                }
            });
        }
        double docsPerS;
        double mergeS;
        try (Directory directory = FSDirectory.open(path);
                IndexWriter writer = new IndexWriter(directory, writerConfig)) {
            long start = System.nanoTime();
            for (int i = 0; i < docs.size(); i++) {
                Document document = PostingSchema.document(docs.get(i), 1, pairText, analysis);
                if (config.storedOnly()) {
                    java.nio.ByteBuffer bytes = java.nio.ByteBuffer.allocate(4 * vectors.get(i).length);
                    bytes.asFloatBuffer().put(vectors.get(i));
                    document.add(new org.apache.lucene.document.BinaryDocValuesField(
                            STORED, new org.apache.lucene.util.BytesRef(bytes.array())));
                }
                if (config.vectors()) {
                    document.add(new KnnFloatVectorField(
                            DenseIndex.VECTOR, vectors.get(i), VectorSimilarityFunction.DOT_PRODUCT));
                }
                writer.updateDocument(new Term(PostingSchema.ID, docs.get(i).id()), document);
            }
            writer.commit();
            docsPerS = docs.size() / seconds(start);
            long merge = System.nanoTime();
            writer.forceMerge(1);
            writer.commit();
            mergeS = seconds(merge);
        }
        long bytes = 0;
        try (var files = Files.list(path)) {
            for (Path file : files.toList()) {
                bytes += Files.size(file);
            }
        }
        if (config.name().equals("warm-up")) {
            deleteTree(path);
        }
        return new Built(path, docsPerS, mergeS, bytes);
    }

    private static void match(PairMatcher matcher, IndexSearcher searcher, PostingSchema.Doc need) {
        try {
            matcher.match(
                    searcher,
                    new PairMatcher.MatchQuery(
                            PostingKind.OPPORTUNITY.name(),
                            true,
                            need.title(),
                            need.body(),
                            need.organizationId(),
                            List.of(
                                    new PairMatcher.FacetWant(
                                            PostingSchema.CLINICAL, Set.copyOf(need.clinicalAreas()), 0.17),
                                    new PairMatcher.FacetWant(
                                            PostingSchema.CATEGORY, Set.copyOf(need.categories()), 0.17),
                                    new PairMatcher.FacetWant(
                                            PostingSchema.SETTING, Set.copyOf(need.careSettings()), 0.11)),
                            Set.copyOf(need.certifications()),
                            Set.copyOf(need.integrations()),
                            need.stageRank(),
                            Set.copyOf(need.regions()),
                            0.55,
                            0.9,
                            0.8,
                            null,
                            null,
                            Visibility.ALL,
                            PostingLanguage.EN,
                            0.8,
                            0.9),
                    10);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads the stored vectors of 100 random documents (the engine's candidates) and scores them against the query. */
    private void rerank(org.apache.lucene.index.LeafReader leaf, float[] query, int maxDoc) {
        try {
            int[] docs = new int[CANDIDATES];
            for (int i = 0; i < docs.length; i++) {
                docs[i] = random.nextInt(maxDoc);
            }
            Arrays.sort(docs);
            var values = org.apache.lucene.index.DocValues.getBinary(leaf, STORED);
            float[] vector = new float[query.length];
            double sum = 0;
            for (int doc : docs) {
                if (values.docID() < doc && values.advanceExact(doc)) {
                    var bytes = values.binaryValue();
                    java.nio.ByteBuffer.wrap(bytes.bytes, bytes.offset, bytes.length)
                            .asFloatBuffer()
                            .get(vector);
                    sum += org.apache.lucene.util.VectorUtil.dotProduct(query, vector);
                }
            }
            if (sum == Double.MAX_VALUE) {
                System.out.println(sum);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void knn(IndexSearcher searcher, PostingSchema.Doc need, float[] vector) {
        try {
            searcher.search(
                    DenseIndex.knn(vector, PostingKind.OPPORTUNITY.name(), need.organizationId(), CANDIDATES),
                    CANDIDATES);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A unit vector at cosine ~0.7 from {@code base}: isotropic noise of the base's length added. */
    private float[] noisy(float[] base) {
        float[] vector = new float[base.length];
        double scale = 1 / Math.sqrt(base.length);
        for (int i = 0; i < base.length; i++) {
            vector[i] = (float) (base[i] + random.nextGaussian() * scale);
        }
        return unit(vector);
    }

    private static float[] unit(float[] vector) {
        double norm = 0;
        for (float v : vector) {
            norm += v * v;
        }
        for (int i = 0; i < vector.length; i++) {
            vector[i] /= (float) Math.sqrt(norm);
        }
        return vector;
    }

    // ---------------------------------------------------------------- synthetic postings

    private List<PostingSchema.Doc> generate(int n) {
        List<String> organizations = new ArrayList<>();
        for (int i = 0; i < Math.max(20, n / 50); i++) {
            organizations.add(UUID.randomUUID().toString());
        }
        List<PostingSchema.Doc> docs = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            boolean need = i % 2 == 0;
            docs.add(new PostingSchema.Doc(
                    UUID.randomUUID().toString(),
                    need ? PostingKind.NEED.name() : PostingKind.OPPORTUNITY.name(),
                    organizations.get(2 * random.nextInt(organizations.size() / 2) + (need ? 0 : 1)),
                    words(4 + random.nextInt(5)),
                    words(need ? 60 + random.nextInt(80) : 60 + random.nextInt(90)),
                    some(TaxonomyKind.CLINICAL_AREA, 1, 2),
                    some(TaxonomyKind.CATEGORY, 1, 3),
                    some(TaxonomyKind.CARE_SETTING, 1, 2),
                    some(TaxonomyKind.CERTIFICATION, 0, 2),
                    some(TaxonomyKind.INTEGRATION, 0, 2),
                    some(TaxonomyKind.REGION, 1, 2),
                    random.nextInt(5),
                    null,
                    0,
                    1,
                    PostingLanguage.EN));
        }
        return docs;
    }

    private List<String> some(TaxonomyKind kind, int min, int max) {
        List<String> all = taxonomy.terms(kind).stream()
                .map(org.marketaccess.portal.taxonomy.Term::code)
                .toList();
        Set<String> chosen = new LinkedHashSet<>();
        int count = min + random.nextInt(max - min + 1);
        while (chosen.size() < Math.min(count, all.size())) {
            chosen.add(all.get(random.nextInt(all.size())));
        }
        return List.copyOf(chosen);
    }

    /** Words drawn with Zipf's law, as the matching benchmark draws them. */
    private String words(int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            int rank = Arrays.binarySearch(zipf, random.nextDouble());
            rank = rank >= 0 ? rank : Math.min(-rank - 1, vocabulary.size() - 1);
            text.append(i == 0 ? "" : " ").append(vocabulary.get(rank));
        }
        return text.toString();
    }

    private static double[] zipf(int size) {
        double[] cumulative = new double[size];
        double sum = 0;
        for (int rank = 0; rank < size; rank++) {
            sum += 1.0 / (rank + 1);
            cumulative[rank] = sum;
        }
        for (int rank = 0; rank < size; rank++) {
            cumulative[rank] /= sum;
        }
        return cumulative;
    }

    /** The synonym list's words, then made-up words for the long tail. */
    private static List<String> vocabulary() {
        Set<String> words = new LinkedHashSet<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                EmbeddingBenchmark.class.getResourceAsStream("/search/synonyms.txt"), StandardCharsets.UTF_8))) {
            reader.lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .flatMap(line -> Arrays.stream(line.split("[,\\s]+")))
                    .map(word -> word.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9&-]", ""))
                    .filter(word -> word.length() > 1)
                    .forEach(words::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> list = new ArrayList<>(words);
        java.util.Collections.shuffle(list, new Random(7));
        Random letters = new Random(11);
        while (list.size() < VOCABULARY) {
            StringBuilder word = new StringBuilder();
            for (int i = 0, length = 5 + letters.nextInt(6); i < length; i++) {
                word.append((char) ('a' + letters.nextInt(26)));
            }
            list.add(word.toString());
        }
        return list;
    }

    // ---------------------------------------------------------------- timing

    /** The process's resident set (Linux), which counts the ONNX runtime's native memory too. */
    private static long residentKb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | NumberFormatException e) {
            // not Linux: no figure
        }
        return 0;
    }

    private static double[] latencies(Runnable query) {
        for (int i = 0; i < WARMUP; i++) {
            query.run();
        }
        double[] millis = new double[QUERIES];
        for (int i = 0; i < QUERIES; i++) {
            long start = System.nanoTime();
            query.run();
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        return new double[] {percentile(millis, 50), percentile(millis, 95), percentile(millis, 99)};
    }

    private static double percentile(double[] sorted, double p) {
        int index = (int) Math.ceil(p / 100 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    private static void deleteTree(Path directory) throws IOException {
        try (var paths = Files.walk(directory)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
