package org.retour.speaker;

import java.util.List;
import java.util.Map;
import org.retour.person.Referents.Referent;
import org.retour.person.Tokens;
import org.retour.resource.ResourceLines;

/**
 * The one who takes the floor in the sentence right before a quote that opens its own sentence, with no verb of
 * speech (« Réjean L. prend la parole une dernière fois. « … » », « L'accusé a demandé la parole, que le
 * président lui a accordée. « … » »): the subject before the verb of taking speaks the quote. The words come
 * from {@code floor-taking.txt}.
 *
 * <p>Immutable and thread-safe.
 */
final class FloorTakers {

    /** The bundled resource. */
    static final String RESOURCE = "org/retour/speaker/floor-taking.txt";

    /** What a word of the resource is. */
    enum Kind { TAKE, FLOOR }

    /** How many tokens of the sentence before the quote are read: a bounded window. */
    private static final int MAX_TOKENS = 40;
    /** How many words (an auxiliary, a negation) may stand between the one named and the verb of taking. */
    private static final int AUX_WORDS = 2;

    private final Map<String, Map<String, Kind>> byLanguage;
    private final PronounSpeakers pronounSpeakers;

    FloorTakers(List<String> lines, PronounSpeakers pronounSpeakers) {
        this.byLanguage = ResourceLines.kindsByLanguage(lines, Kind.class, "floor-taking", false);
        this.pronounSpeakers = pronounSpeakers;
    }

    /** The bundled words. */
    static FloorTakers bundled(PronounSpeakers pronounSpeakers) {
        return new FloorTakers(ResourceLines.classpath(RESOURCE), pronounSpeakers);
    }

    /**
     * The subject of the sentence right before the one at {@code sentenceStart}, within the paragraph text from
     * {@code p}, when a verb of taking is followed by a noun of the floor in it (one word between at most);
     * else null.
     */
    Referent taker(SpeakerDocument d, int p, int sentenceStart) {
        Map<String, Kind> words = byLanguage.get(d.lang);
        if (words == null || sentenceStart <= 0) {
            return null;
        }
        int previous = SpeakerSentences.sentenceStart(d, sentenceStart - 1);
        if (previous < p || previous >= sentenceStart) {
            return null;
        }
        int first = d.tokenAt(previous);
        int last = Math.min(d.tokenAt(sentenceStart), first + MAX_TOKENS);
        for (int k = first; k < last; k++) {
            if (!Tokens.isWord(d.tokens.get(k)) || words.get(d.lower(k)) != Kind.TAKE) {
                continue;
            }
            for (int j = k + 1; j <= k + 2 && j < last && Tokens.isWord(d.tokens.get(j)); j++) {
                if (words.get(d.lower(j)) == Kind.FLOOR) {
                    Referent next = rightBefore(d, previous, k);
                    return next != null ? next : pronounSpeakers.subject(d, previous, d.tokens.get(k).span().start());
                }
            }
        }
        return null;
    }

    /**
     * The person named right before the verb of taking at token {@code verb}, with at most an auxiliary between
     * and no mark ("Avant la fin, Réjean L. prend la parole", "L'accusé a demandé la parole"); else null.
     */
    private static Referent rightBefore(SpeakerDocument d, int from, int verb) {
        List<Referent> before = d.referents.within(from, d.tokens.get(verb).span().start());
        if (before.isEmpty()) {
            return null;
        }
        Referent r = before.get(before.size() - 1);
        int gap = 0;
        for (int k = d.tokenAt(r.span().end()); k < verb; k++) {
            if (!Tokens.isWord(d.tokens.get(k)) || ++gap > AUX_WORDS) {
                return null;
            }
        }
        return r;
    }
}
