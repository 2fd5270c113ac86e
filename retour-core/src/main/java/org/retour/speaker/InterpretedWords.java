package org.retour.speaker;

import java.util.Set;
import org.retour.model.Span;
import org.retour.person.Gender;
import org.retour.person.Referents.Referent;
import org.retour.person.Tokens;
import org.retour.resource.KindWords;
import org.retour.resource.ResourceLines;

/**
 * Words an interpreter renders, read from {@code org/retour/speaker/interpreting.txt}: a quote whose cue is a verb of
 * rendering and whose words speak in the first person is the words of the person rendered ("Notre interprète,
 * Hozan, traduit ses mots. « J'étais dans la police islamique », traduit Hozan": the fighter's), the one named or
 * described last before the quote who is not the interpreter nor someone unnamed told of as an object (« partie avec
 * son mari »). A relay in the third person (« Il dit qu'au début
 * … », traduit M. Mahamat) stays the interpreter's.
 *
 * <p>Immutable and thread-safe.
 */
final class InterpretedWords {

    /** The bundled resource. */
    static final String RESOURCE = "org/retour/speaker/interpreting.txt";
    /** How many persons back, past the interpreter's own mentions, the person rendered may be. */
    static final int STEPS = 4;

    private static final InterpretedWords BUNDLED = new InterpretedWords(ResourceLines.classpath(RESOURCE));

    private final KindWords words;

    InterpretedWords(Iterable<String> lines) {
        this.words = KindWords.read(lines, Set.of("verb", "first", "relay", "says"), RESOURCE);
    }

    /** The bundled words. */
    static InterpretedWords bundled() {
        return BUNDLED;
    }

    /**
     * The speaker of a quote whose cue {@code cue} gave {@code interpreter}: the person rendered when the cue is a
     * verb of rendering and the quote speaks in the first person, else {@code interpreter}.
     */
    Referent speaker(SpeakerDocument d, CueMatch cue, Referent interpreter, Span quote, int open) {
        if (interpreter == null || cue == null || !rendering(d, cue) || !firstPerson(d, quote)) {
            return interpreter;
        }
        Referent r = d.referents.backWhile(d.referents.mostRecent(open, Gender.UNKNOWN), Gender.UNKNOWN, STEPS,
                x -> SpeakerDocument.same(x, interpreter) || x.person() == null && ObjectReferents.isObject(d, x));
        return r == null || SpeakerDocument.same(r, interpreter) ? interpreter : r;
    }

    /** Whether one of the cue's words is a verb of rendering. */
    private boolean rendering(SpeakerDocument d, CueMatch cue) {
        for (int k = cue.first(); k <= cue.last() && k < d.tokens.size(); k++) {
            String w = d.lower(k);
            int hyphen = w.indexOf('-'); // « traduit-il »
            if (d.wordOf(words, "verb", k) || hyphen > 0 && words.is("verb", w.substring(0, hyphen), d.lang)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the quote has a word of the first person and does not open as a relay ("Il dit que …"). */
    private boolean firstPerson(SpeakerDocument d, Span quote) {
        int words = 0;
        boolean relay = false;
        for (int k = d.tokenAt(quote.start()); k < d.tokens.size() && d.tokens.get(k).span().start() < quote.end(); k++) {
            if (!Tokens.isWord(d.tokens.get(k))) {
                continue;
            }
            String w = d.lower(k).replace('’', '\'');
            if (words == 1 && relay && this.words.is("says", w, d.lang)) {
                return false; // "Il dit qu'au début …": the interpreter tells of the words
            }
            relay = words++ == 0 && this.words.is("relay", w, d.lang);
            if (!relay && this.words.is("first", w, d.lang)) {
                return true;
            }
        }
        return false;
    }
}
