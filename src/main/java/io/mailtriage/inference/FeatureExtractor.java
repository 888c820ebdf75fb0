package io.mailtriage.inference;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import java.util.ArrayList;
import java.util.List;

/**
 * Text → {@link Features}, the single feature path shared by training, evaluation, the
 * classify CLI and the streaming operator, so a model is always scored on exactly the features
 * it was trained on.
 */
public final class FeatureExtractor implements AutoCloseable {

    private final NgramFeaturizer ngrams;
    /** Null when the model is n-gram only: nothing heavy is loaded then. */
    private final SentenceEncoder encoder;

    public FeatureExtractor(FeatureSpec spec, int intraOpThreads, int interOpThreads) {
        this.ngrams = new NgramFeaturizer(spec.buckets());
        this.encoder = spec.useEmbedding()
                ? new SentenceEncoder(OrtEnvironment.getEnvironment(), spec.maxTokens(), intraOpThreads, interOpThreads)
                : null;
    }

    /** Encoder ONNX SHA-256, or null for an n-gram-only extractor. */
    public String encoderSha256() {
        return encoder == null ? null : encoder.modelSha256();
    }

    public List<Features> extract(List<String> texts) throws OrtException {
        List<SentenceEncoder.Embedded> embedded = encoder == null ? null : encoder.embed(texts);
        List<Features> out = new ArrayList<>(texts.size());
        for (int i = 0; i < texts.size(); i++) {
            String text = texts.get(i);
            boolean cut = text.length() > NgramFeaturizer.MAX_CHARS;
            float[] emb;
            if (embedded == null) {
                emb = new float[SentenceEncoder.DIM];
            } else {
                emb = embedded.get(i).vector();
                cut |= embedded.get(i).truncated();
            }
            out.add(new Features(ngrams.featurize(text), emb, cut));
        }
        return out;
    }

    @Override
    public void close() throws OrtException {
        if (encoder != null) {
            encoder.close();
        }
    }
}
