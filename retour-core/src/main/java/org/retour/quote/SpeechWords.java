package org.retour.quote;

/** A lexicon of words that report speech ("dit", "said", "sagte", "قال"), asked one word at a time. */
@FunctionalInterface
public interface SpeechWords {

    /** Whether the lower-cased {@code word} reports speech in {@code language}. */
    boolean isSpeechWord(String word, String language);

    /** A lexicon that knows no word. */
    SpeechWords NONE = (w, l) -> false;
}
