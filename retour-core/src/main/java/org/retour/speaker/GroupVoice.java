package org.retour.speaker;

import org.retour.model.Speaker;
import org.retour.model.Voice;
import org.retour.person.PersonLexicon;

/**
 * The voice of an unnamed speaker picked out of a group the text has just spoken of: "We spoke to 23
 * returnees. … One young man from Portsmouth put it to us: “…”" is a returnee, « Plusieurs défecteurs
 * ont témoigné. « … », raconte l'un d'eux » a defector, "وقال أحدهم" after "العائدين" a returnee.
 *
 * <p>The group is the last plural or singular noun of a returnee's or defector's voice in the speaker's
 * paragraph before the quote or in the paragraph before it. Immutable and thread-safe.
 */
final class GroupVoice {

    private final VoiceLexicon voices;
    private final PersonLexicon persons;

    GroupVoice(VoiceLexicon voices, PersonLexicon persons) {
        this.voices = java.util.Objects.requireNonNull(voices);
        this.persons = java.util.Objects.requireNonNull(persons);
    }

    /** Whether a base form of an Arabic word is an indefinite opener: "أحدهم", "إحداهن" (one of them). */
    private boolean indefiniteBase(String word, String lang) {
        if (!"ar".equals(lang)) {
            return false;
        }
        for (String stem : Inflection.stems(word, lang)) {
            if (persons.is(PersonLexicon.Kind.INDEF, stem, lang)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The voice of the group an unnamed speaker with an indefinite description ("one man", "l'un d'eux",
     * "eine Frau") belongs to, or null when the speaker is named, definite, or no such group comes before.
     *
     * @param view    the document's tokens
     * @param lowered the lower-cased text of each word token (null elsewhere)
     */
    Voice of(Speaker s, int quoteStart, String lang, org.retour.entity.TokenView view, String[] lowered) {
        String text = view.text();
        if (s == null || s.name() != null || s.description() == null) {
            return null;
        }
        String first = IntroducedDescriptions.firstWord(s.description()).toLowerCase(java.util.Locale.ROOT);
        if (!persons.is(PersonLexicon.Kind.INDEF, first, lang) && !first.startsWith("l'un") && !first.startsWith("l’un")
                && !indefiniteBase(first, lang)) {
            return null;
        }
        int line = QuoteOffsets.lineStart(text, quoteStart);
        int from = QuoteOffsets.lineStart(text, QuoteOffsets.lastNonBlankBefore(text, line) + 1);
        int end = view.indexAt(quoteStart);
        for (int k = end - 1; k >= 0 && view.start(k) >= from; k--) {
            if (lowered[k] == null) {
                continue;
            }
            Voice v = voices.voiceOf(lowered[k], lang);
            if (v == Voice.RETURNEE || v == Voice.DEFECTOR) {
                return v;
            }
        }
        return null;
    }
}
