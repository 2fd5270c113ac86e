package org.retour.speaker;

import java.util.Locale;
import org.retour.person.PersonLexicon;
import org.retour.person.WordMemo;

/**
 * What the first word of a description says of whom it tells ("a", "un", "ein" open someone not met before; "his",
 * « son » someone's kin or staff): {@link SpeakerDocument#indefinite} and {@link SpeakerDocument#possessive} of
 * {@link IntroducedDescriptions#firstWord} of the description's text, read once per text and thread.
 *
 * <p>Design decision: the rules that look back for a newcomer ask of every description in reach whether an
 * indefinite article or a possessive opens it, description after description and quote after quote, each time cutting
 * the first word out, lower-casing it and looking it up; the answer depends on the text alone, so it is kept in a
 * {@link WordMemo} by the text (a description's text is one string, whose hash is kept after the first time).
 * Thread-safe: each thread has its own memo.
 */
final class DescriptionOpenings {

    /** The mark of a description an indefinite article opens. */
    static final int INDEFINITE = 1;
    /** The mark of a description a possessive determiner opens. */
    static final int POSSESSIVE = 2;

    /** The openings read last, for the lexicon most documents share. */
    private static volatile DescriptionOpenings last;

    private final PersonLexicon lexicon;
    private final ThreadLocal<WordMemo<Integer>> memo;

    private DescriptionOpenings(PersonLexicon lexicon) {
        this.lexicon = lexicon;
        this.memo = WordMemo.perThread((text, lang) -> read(lexicon, text, lang));
    }

    /** This thread's memo of the openings of descriptions read with {@code lexicon}. */
    static WordMemo<Integer> memo(PersonLexicon lexicon) {
        DescriptionOpenings o = last;
        if (o == null || o.lexicon != lexicon) {
            o = new DescriptionOpenings(lexicon);
            last = o;
        }
        return o.memo.get();
    }

    /** The marks of a description's text in {@code lang}, read afresh. */
    static Integer read(PersonLexicon lexicon, String text, String lang) {
        String first = IntroducedDescriptions.firstWord(text).toLowerCase(Locale.ROOT);
        return (lexicon.is(PersonLexicon.Kind.INDEF, first, lang) ? INDEFINITE : 0)
                | (lexicon.is(PersonLexicon.Kind.POSSESSIVE, first, lang) ? POSSESSIVE : 0);
    }
}
