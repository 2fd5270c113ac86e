package org.retour.speaker;

import static org.retour.speaker.QuoteOffsets.skipSpaces;
import static org.retour.speaker.QuoteOffsets.wordEnds;

import java.util.List;
import org.retour.person.Pronoun;
import org.retour.resource.ResourceLines;

/**
 * Speakers named after an inverted verb of speech by a demonstrative and a relative pronoun (« « … », confie
 * celui qui a passé deux ans à Raqqa », "“…,” said the one who ran the checkpoint"): the words stand for someone the
 * article told of before, as a pronoun of their gender would. The words come from {@code relative-demonstratives.txt}.
 *
 * <p>Immutable and thread-safe.
 */
final class RelativeDemonstratives {

    /** The bundled resource. */
    static final String RESOURCE = "org/retour/speaker/relative-demonstratives.txt";
    /** How many words (adverbs: « d'emblée », « alors ») may stand between the verb and the phrase. */
    private static final int ADVERB_WORDS = 2;

    private static final RelativeDemonstratives BUNDLED = new RelativeDemonstratives(ResourceLines.classpath(RESOURCE));

    /** The phrases by language, each language's in the order of the lines. */
    private final java.util.Map<String, List<LatterSpeakers.Phrase>> phrases = new java.util.HashMap<>();

    RelativeDemonstratives(List<String> lines) {
        for (LatterSpeakers.Phrase p : LatterSpeakers.Phrase.parse(lines, "relative-demonstratives")) {
            phrases.computeIfAbsent(p.lang(), k -> new java.util.ArrayList<>()).add(p);
        }
    }

    /** The bundled phrases. */
    static RelativeDemonstratives bundled() {
        return BUNDLED;
    }

    /**
     * The pronoun the phrase after the verb of speech ending at {@code cueEnd} stands for, past at most
     * {@link #ADVERB_WORDS} words of one piece with no mark between; else null.
     */
    Pronoun after(SpeakerDocument d, int cueEnd) {
        List<LatterSpeakers.Phrase> own = phrases.get(d.lang);
        if (own == null) {
            return null; // no phrase in the language: the words after the verb need not be read
        }
        LowerText lower = d.lowerText();
        int at = skipSpaces(d.text, cueEnd);
        for (int words = 0; words <= ADVERB_WORDS && at < d.text.length(); words++) {
            for (LatterSpeakers.Phrase p : own) {
                if (lower.startsWith(p.text(), at) && wordEnds(d.text, at + p.text().length())) {
                    return new Pronoun(p.gender(), false);
                }
            }
            int end = at;
            while (end < d.text.length() && (Character.isLetter(d.text.charAt(end)) || d.text.charAt(end) == '\''
                    || d.text.charAt(end) == '’')) {
                end++;
            }
            if (end == at || end >= d.text.length() || d.text.charAt(end) != ' ') {
                return null; // a mark or the end of the text: no phrase further on
            }
            at = skipSpaces(d.text, end);
        }
        return null;
    }
}
