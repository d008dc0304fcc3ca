package org.marketaccess.portal.search;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;

/**
 * Sentence embeddings computed in the JVM: langchain4j's in-process all-MiniLM-L6-v2 (ONNX, 384
 * dimensions, English), returned as unit vectors so that a dot product is their cosine. Used by the
 * hybrid evaluation and its benchmark only (decision 030); the portal does not ship the model.
 */
public final class SentenceEmbedder {

    public static final int DIMENSIONS = 384;
    private static final int BATCH = 32;

    private final EmbeddingModel model;
    private final String name;

    private SentenceEmbedder(EmbeddingModel model, String name) {
        this.model = model;
        this.name = name;
    }

    /**
     * The float model; {@code quantized} loads its int8 variant (a quarter of the size). The texts
     * of one batch are embedded one after another in the calling thread: ONNX Runtime already uses
     * both cores for one text, and a thread per text only made them compete.
     */
    public static SentenceEmbedder miniLm(boolean quantized) {
        Executor sameThread = Runnable::run;
        return quantized
                ? new SentenceEmbedder(new AllMiniLmL6V2QuantizedEmbeddingModel(sameThread), "all-MiniLM-L6-v2-q")
                : new SentenceEmbedder(new AllMiniLmL6V2EmbeddingModel(sameThread), "all-MiniLM-L6-v2");
    }

    public String name() {
        return name;
    }

    public float[] embed(String text) {
        return embedAll(List.of(text)).getFirst();
    }

    public List<float[]> embedAll(List<String> texts) {
        List<float[]> vectors = new ArrayList<>(texts.size());
        for (int start = 0; start < texts.size(); start += BATCH) {
            List<TextSegment> batch = texts.subList(start, Math.min(texts.size(), start + BATCH)).stream()
                    // the model cannot embed nothing; an empty posting gets a vector close to no other
                    .map(text -> TextSegment.from(text == null || text.isBlank() ? "-" : text))
                    .toList();
            model.embedAll(batch).content().forEach(embedding -> vectors.add(unit(embedding.vector())));
        }
        return vectors;
    }

    static float[] unit(float[] vector) {
        double norm = 0;
        for (float v : vector) {
            norm += v * v;
        }
        float scale = norm == 0 ? 0 : (float) (1 / Math.sqrt(norm));
        float[] unit = new float[vector.length];
        for (int i = 0; i < vector.length; i++) {
            unit[i] = vector[i] * scale;
        }
        return unit;
    }
}
