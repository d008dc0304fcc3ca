package org.marketaccess.portal.search.internal;

import org.marketaccess.portal.posting.PostingLanguage;

/**
 * The engine's text part of a pair outside the index (decision 011): the cosine of the two
 * postings' term vectors, of their words when both are English, of words and concepts otherwise,
 * as {@code PairMatcher} computes it from doc values. The hybrid evaluation mixes the dense cosine
 * into it (decision 030).
 */
public final class TextSimilarity {

    private final LanguageAnalysis analysis = LanguageAnalysis.multilingual();
    private final PairText pairText = PairText.reference(analysis);

    public double of(
            PostingLanguage givenA, String titleA, String bodyA, PostingLanguage givenB, String titleB, String bodyB) {
        PostingLanguage a = analysis.languageOf(givenA, titleA, bodyA);
        PostingLanguage b = analysis.languageOf(givenB, titleB, bodyB);
        PairText.Vectors va = pairText.vectors(a, titleA, bodyA);
        PairText.Vectors vb = pairText.vectors(b, titleB, bodyB);
        return a == PostingLanguage.EN && b == PostingLanguage.EN
                ? PairText.cosine(va.words(), vb.words())
                : PairText.cosine(va.withConcepts(), vb.withConcepts());
    }
}
