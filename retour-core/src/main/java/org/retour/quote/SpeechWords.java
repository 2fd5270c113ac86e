package org.retour.quote;

/** A lexicon of words that report speech ("dit", "said", "sagte", "قال"), asked one word at a time. */
@FunctionalInterface
public interface SpeechWords {

    /** Whether the lower-cased {@code word} reports speech in {@code language}. */
    boolean isSpeechWord(String word, String language);

    /**
     * Whether the lower-cased {@code word} opens a source whose speaker follows it ("selon", "according",
     * "laut"), so that a capitalised word before it is no speaker ("Toujours selon le procès-verbal").
     */
    default boolean opensSource(String word, String language) {
        return false;
    }

    /**
     * Whether the lower-cased {@code word}, first in its sentence, makes the sentence someone's view ("Pour un
     * ancien magistrat, ces auditions sont « … »"), so that words in marks in it are that person's.
     */
    default boolean opensView(String word, String language) {
        return false;
    }

    /** A lexicon that knows no word. */
    SpeechWords NONE = (w, l) -> false;
}
