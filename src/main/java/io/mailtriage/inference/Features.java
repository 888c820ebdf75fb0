package io.mailtriage.inference;

import io.mailtriage.inference.NgramFeaturizer.SparseVector;

/**
 * The head's input for one text: hashed n-grams, the sentence embedding (all zeros when the model
 * does not use one), and whether either window cut the text.
 */
public record Features(SparseVector ngrams, float[] embedding, boolean truncated) {}
