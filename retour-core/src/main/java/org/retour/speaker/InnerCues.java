package org.retour.speaker;

import java.util.Objects;
import org.retour.model.Entity;
import org.retour.model.Mention;
import org.retour.model.Span;
import org.retour.person.PersonLexicon;
import org.retour.person.Referents.Referent;
import org.retour.person.Tokens;

/**
 * Speech cues set between commas inside a quote's own marks ("« Là-bas, poursuit-il, on passait … »",
 * "« …, observe Claire Lemaître, juge d'instruction. La question … »"): a verb of speech right after a
 * comma, followed by its pronoun or by a capitalised name. Used only when no cue stands beside the quote.
 *
 * <p>Immutable and thread-safe.
 */
final class InnerCues {

    /** The most tokens an inserted cue spans from its verb to the end of its pronoun. */
    static final int CUE_TOKENS = 6;

    private final CueFinder finder;
    private final PersonLexicon lexicon;

    InnerCues(CueFinder finder, PersonLexicon lexicon) {
        this.finder = Objects.requireNonNull(finder);
        this.lexicon = Objects.requireNonNull(lexicon);
    }

    /**
     * The person named right after an inserted cue's verb ("observe Claire Lemaître"), or null. Names inside
     * quotes are no referents of the discourse, so the person is looked up among the document's persons.
     */
    Referent named(SpeakerDocument d, CueMatch cue) {
        int next = cue.last() + 1;
        if (cue.pronoun() != null || next >= d.tokens.size()) {
            return null;
        }
        int at = d.tokens.get(next).span().start();
        for (Entity e : d.persons) {
            for (Mention m : e.mentions()) {
                if (m.span().start() == at) {
                    return new Referent(m.span(), e, null, lexicon.genderOf(e, d.lang));
                }
            }
        }
        return null;
    }

    /** The first cue inserted between commas inside the quote's text, or null. */
    CueMatch find(SpeakerDocument d, Span quote) {
        int first = d.tokenAt(quote.start());
        int last = d.tokenAt(quote.end());
        for (int k = first + 1; k < last - 1; k++) {
            if (!Tokens.is(d.text, d.tokens.get(k - 1), ",") || !Tokens.isWord(d.tokens.get(k))) {
                continue;
            }
            CueMatch c = finder.cueAt(d, k, k, Math.min(last, k + CUE_TOKENS));
            if (c == null || c.source() || c.first() != k || c.last() + 1 >= last) {
                continue;
            }
            int next = c.last() + 1;
            boolean pronounThenComma = c.pronoun() != null && Tokens.is(d.text, d.tokens.get(next), ",");
            boolean name = c.pronoun() == null && Tokens.isWord(d.tokens.get(next))
                    && Tokens.capitalised(d.text, d.tokens.get(next));
            if (pronounThenComma || name) {
                return c;
            }
        }
        return null;
    }
}
