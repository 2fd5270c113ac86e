package org.retour.speaker;

import java.util.List;
import java.util.Set;
import org.retour.person.Referents.Referent;
import org.retour.person.Tokens;
import org.retour.resource.KindWords;
import org.retour.resource.ResourceLines;

/**
 * The reporter who writes in the first person and whom the byline names: a cue whose subject is the writer's own
 * "I" outside the quotes, right before its verb or right after it ("“Why did you go?” I asked.", "„…?“, fragte
 * ich.") gives the words to the person a byline paragraph names ("By Helen Marsh, BBC News, Hasakah"), one of the first {@link #PARAGRAPHS} paragraphs that opens
 * with a byline's word and a person's name. Words come from {@code org/retour/speaker/narrators.txt}.
 *
 * <p>Reads the word before a cue and the first words of a few paragraphs. Immutable and thread-safe.
 */
final class BylineNarrators {

    /** How many paragraphs at the head of the text a byline may open. */
    static final int PARAGRAPHS = 3;

    private static final BylineNarrators BUNDLED = new BylineNarrators(
            ResourceLines.classpath("org/retour/speaker/narrators.txt"));

    private final KindWords kinds;

    private BylineNarrators(List<String> lines) {
        this.kinds = KindWords.read(lines, Set.of("self", "by"), "narrators");
    }

    static BylineNarrators bundled() {
        return BUNDLED;
    }

    /** The person the byline names when the cue's subject is the writer's "I", or null. */
    Referent narrator(SpeakerDocument d, CueMatch cue) {
        if (cue == null || cue.source() || cue.pronoun() != null || !kinds.has("self", d.lang)) {
            return null;
        }
        int k = cue.first() - 1;
        boolean before = d.wordOf(kinds, "self", k) && Tokens.opensClause(d.tokens, k);
        boolean inverted = d.wordOf(kinds, "self", cue.last() + 1) && cue.first() > 0
                && !Tokens.isWord(d.tokens.get(cue.first() - 1)); // "„…?“, fragte ich."
        return before || inverted ? byline(d) : null;
    }

    /** The person the byline names, or null: a reporter, whatever role the text gives no one else. */
    org.retour.model.Entity author(SpeakerDocument d) {
        Referent r = byline(d);
        return r == null ? null : r.person();
    }

    /** The person right after the byline's word that opens one of the first paragraphs, or null. */
    private Referent byline(SpeakerDocument d) {
        for (int p = 0; p < Math.min(PARAGRAPHS, d.paragraphStarts.size()); p++) {
            int k = d.tokenAt(d.paragraphStarts.get(p));
            if (k + 1 >= d.tokens.size() || !d.wordOf(kinds, "by", k)) {
                continue;
            }
            int at = d.tokens.get(k + 1).span().start();
            int end = d.paragraphEnd(p);
            for (Referent r : d.referents.within(at, end)) {
                if (r.person() != null && r.span().start() == at) {
                    return r;
                }
            }
        }
        return null;
    }
}
