package org.retour.quote;

import java.util.Objects;

/**
 * The words of speech the quote finder reads: the speech cues, and the words that report someone's wording
 * without being cues of a speaker ("a parlé d'un « … »", "n'a pas souhaité commenter des « … »", "s'est
 * interrogée sur « … »"), with the words that open a sentence holding someone's view ("Pour un ancien
 * magistrat, …"), both read from {@link NotQuoteLexicon}. Immutable and thread-safe.
 *
 * @param cues    the speech cues
 * @param lexicon the lexicon of report and opener words
 */
public record ReportedWording(SpeechWords cues, NotQuoteLexicon lexicon) implements SpeechWords {

    public ReportedWording {
        Objects.requireNonNull(cues);
        Objects.requireNonNull(lexicon);
    }

    /** The cues with the bundled lexicon's report words. */
    public static ReportedWording over(SpeechWords cues) {
        return new ReportedWording(cues, NotQuoteLexicon.bundled());
    }

    @Override
    public boolean isSpeechWord(String word, String language) {
        return cues.isSpeechWord(word, language) || lexicon.isReport(word, language);
    }

    @Override
    public boolean opensSource(String word, String language) {
        return cues.opensSource(word, language);
    }

    @Override
    public boolean opensView(String word, String language) {
        return lexicon.isOpener(word, language);
    }
}
