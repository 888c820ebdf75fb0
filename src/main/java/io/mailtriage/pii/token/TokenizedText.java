package io.mailtriage.pii.token;

/**
 * @param tokenized the text with each finding replaced by its token ({@code ⟦EMAIL:k1:det:…⟧})
 * @param modelText the text with each finding replaced by its type placeholder ({@code <EMAIL>})
 */
public record TokenizedText(String tokenized, String modelText) {}
