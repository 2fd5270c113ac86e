package org.retour.quote;

import java.util.List;

/**
 * What surrounds a marked stretch of text, as the quote/not-quote decision needs it.
 *
 * @param wordBefore     the lower-cased word just before the opening mark in the same sentence, or ""
 * @param wordBefore2    the lower-cased word before that one, or ""
 * @param speechNearby   whether a word reporting speech stands near the marks, outside them, in the sentence
 * @param speechBefore2  whether {@code wordBefore2} itself reports speech (« a dit sa « … » »)
 * @param lead           up to {@link #WINDOW} lower-cased words before the opening mark in the same sentence,
 *                       nearest first, past a comma or colon right before the mark (« le surnom, « … » », « une pancarte : »)
 * @param tail           up to {@link #WINDOW} lower-cased words after the closing mark, past a comma
 *                       (« « … », le nom que … », « « … » entre guillemets »)
 * @param sourced        whether a source or a verb of speech opens right after the marks, past a comma: the marked
 *                       words are someone's (« des « espions », selon l'expression d'un émir », « « … », dit-elle »)
 */
public record MarkContext(String wordBefore, String wordBefore2, boolean speechNearby, boolean speechBefore2,
                          List<String> lead, List<String> tail, boolean sourced) {

    /** How many words {@link #lead} and {@link #tail} hold at most. */
    public static final int WINDOW = 3;

    public MarkContext {
        wordBefore = wordBefore == null ? "" : wordBefore;
        wordBefore2 = wordBefore2 == null ? "" : wordBefore2;
        lead = lead == null ? List.of() : List.copyOf(lead);
        tail = tail == null ? List.of() : List.copyOf(tail);
    }

    /** A context with no source right after the marks. */
    public MarkContext(String wordBefore, String wordBefore2, boolean speechNearby, boolean speechBefore2,
                       List<String> lead, List<String> tail) {
        this(wordBefore, wordBefore2, speechNearby, speechBefore2, lead, tail, false);
    }

    /** A context known only by the two words before the marks and whether speech is near. */
    public MarkContext(String wordBefore, String wordBefore2, boolean speechNearby) {
        this(wordBefore, wordBefore2, speechNearby, false, List.of(), List.of());
    }
}
