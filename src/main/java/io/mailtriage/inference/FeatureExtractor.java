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

    /** Null when the model is embedding only. */
    private final NgramFeaturizer ngrams;
    /** Null when the model is n-gram only: nothing heavy is loaded then. */
    private final SentenceEncoder encoder;

    public FeatureExtractor(FeatureSpec spec, int intraOpThreads, int interOpThreads) {
        this.ngrams = spec.useNgrams() ? new NgramFeaturizer(spec.buckets()) : null;
        this.encoder = spec.useEmbedding()
                ? new SentenceEncoder(OrtEnvironment.getEnvironment(), spec.maxTokens(), intraOpThreads, interOpThreads)
                : null;
    }

    /** Encoder ONNX SHA-256, or null for an n-gram-only extractor. */
    public String encoderSha256() {
        return encoder == null ? null : encoder.modelSha256();
    }

    /** Replay-safe extraction: each text's features are independent of the others. */
    public List<Features> extract(List<String> texts) throws OrtException {
        return extract(texts, false);
    }

    /**
     * @param paddedEncoderBatch run the encoder on all texts as one padded batch: faster, but a
     *     text's embedding then depends slightly on its batch neighbours (see {@link SentenceEncoder})
     */
    public List<Features> extract(List<String> texts, boolean paddedEncoderBatch) throws OrtException {
        List<SentenceEncoder.Embedded> embedded = encoder == null ? null
                : paddedEncoderBatch ? encoder.embedPadded(texts) : encoder.embed(texts);
        List<Features> out = new ArrayList<>(texts.size());
        for (int i = 0; i < texts.size(); i++) {
            String text = texts.get(i);
            boolean cut = ngrams != null && text.length() > NgramFeaturizer.MAX_CHARS;
            float[] emb;
            if (embedded == null) {
                emb = new float[SentenceEncoder.DIM];
            } else {
                emb = embedded.get(i).vector();
                cut |= embedded.get(i).truncated();
            }
            NgramFeaturizer.SparseVector grams = ngrams == null
                    ? new NgramFeaturizer.SparseVector(new int[0], new float[0])
                    : ngrams.featurize(text);
            out.add(new Features(grams, emb, cut));
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
