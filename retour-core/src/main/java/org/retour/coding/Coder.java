package org.retour.coding;

import java.util.List;
import org.retour.model.Coding;
import org.retour.pipeline.Analysis;

/**
 * Codes the narratives of a document with a codebook.
 *
 * <p>Implementations are immutable and thread-safe.
 */
public interface Coder {

    /** A short name with a version or hash, as codings record it ({@code rules@retour-default-1}). */
    String name();

    /** The codebook this coder codes with. */
    Codebook codebook();

    /**
     * The codings of an analysed document, in text order. Needs {@code SENTENCES}; reads {@code QUOTES}
     * (with their speakers) when present, to know whose view each segment is.
     */
    List<Coding> code(Analysis analysis);

    /** The codes of one piece of text taken as a single segment in {@code language}, whoever holds it. */
    List<Judgement> judge(String text, String language);
}
