package org.retour.speaker;

import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.retour.person.PronounLinker;
import org.retour.person.Referents.Referent;
import org.retour.person.Tokens;
import org.retour.resource.ResourceLines;

/**
 * Quotes whose head tells what a third person did to the one who speaks (« Il m'a dit : “…” », « Elle m'a demandé si
 * … », "He told me …"): the words are not that person's, though the sentence before, about them, gave them the quote
 * ("Il lui a rapporté un livre. « Il m'a dit : … »"); the last speaker, someone else of the last paragraphs, tells
 * them. The first-person object pronouns come from {@code first-person-objects.txt}.
 *
 * <p>Immutable and thread-safe.
 */
final class FirstPersonHeads {

    /** The bundled resource. */
    static final String RESOURCE = "org/retour/speaker/first-person-objects.txt";
    /** How many words (an auxiliary, a verb, an adverb: "He then told me") may stand before the object pronoun. */
    private static final int OBJECT_WORDS = 3;
    /** How many words an opening phrase before the pronoun may take, up to its comma (« Hier, il m'a dit »). */
    private static final int OPENER_WORDS = 3;
    /** How many paragraphs back the last speaker may have spoken. */
    private static final int PARAGRAPHS = 2;

    private static final FirstPersonHeads BUNDLED = new FirstPersonHeads(
            ResourceLines.wordsByLanguage(ResourceLines.classpath(RESOURCE)));

    private final Map<String, Set<String>> objects;

    FirstPersonHeads(Map<String, Set<String>> objects) {
        this.objects = Map.copyOf(objects);
    }

    /** The bundled pronouns. */
    static FirstPersonHeads bundled() {
        return BUNDLED;
    }

    /**
     * Who speaks the quote whose words start at {@code start}, to which the context gave {@code found}: the last
     * speaker when the quote's head is a third-person pronoun whose gender fits {@code found}'s, acting on a
     * first-person object, the last speaker is someone else and {@code found} tells nothing earlier in the paragraph;
     * else {@code found}.
     */
    Referent teller(SpeakerDocument d, int start, Referent found, Tellers tellers, UnaryOperator<Referent> named) {
        Set<String> words = objects.get(d.lang);
        if (found == null || words == null || d.lastSpeaker == null || d.paragraph(start) - d.lastParagraph > PARAGRAPHS) {
            return found;
        }
        int k = pastOpener(d, d.tokenAt(start));
        PronounLinker.Found p = k < 0 || k >= d.tokens.size() ? null : tellers.pronouns().pronounIn(d.text, d.tokens, d.lowered, k, d.lang);
        if (p == null || p.pronoun().plural() || !p.span().equals(d.tokens.get(k).span())
                || !objectAfter(d, k, words)) {
            return found;
        }
        Referent context = named.apply(found);
        Referent last = named.apply(d.lastSpeaker);
        return context.gender().compatible(p.pronoun().gender()) && !SpeakerDocument.same(context, last)
                && !tells(d, context, start, tellers, named) ? last : found;
    }

    /** The helpers that find and resolve pronouns and cues. */
    record Tellers(PronounLinker pronouns, CueFinder finder, CueSpeakers cueSpeakers) {
    }

    /**
     * Whether {@code context} is the speaker of a speech cue earlier in the paragraph of the quote at {@code start}
     * (« Pendant cinq ans, raconte-t-elle, … « Un jour, elle m'a dit : … » »): then the one who tells is the one
     * spoken to.
     */
    private static boolean tells(SpeakerDocument d, Referent context, int start, Tellers tellers,
                                 UnaryOperator<Referent> named) {
        int p = d.paragraphStarts.get(d.paragraph(start));
        int first = d.tokenAt(p);
        int last = d.tokenAt(start);
        return d.keepingSubjectPronoun(() -> {
            for (int k = first; k < last; k++) {
                CueMatch cue = tellers.finder().cueAt(d, k, first, last);
                if (cue != null && !cue.source() && SpeakerDocument.same(context,
                        named.apply(tellers.cueSpeakers().speakerFor(d, cue, p, start, start)))) {
                    return true;
                }
            }
            return false;
        });
    }

    /** The token after an opening phrase of a few words closed by a comma from token {@code k}, else {@code k}. */
    private static int pastOpener(SpeakerDocument d, int k) {
        int comma = SpeakerSentences.commaAmongWords(d, k, k + OPENER_WORDS + 1);
        return comma >= 0 ? comma + 1 : k;
    }

    /** Whether a first-person object pronoun follows the pronoun at token {@code k} over words only. */
    private static boolean objectAfter(SpeakerDocument d, int k, Set<String> words) {
        for (int j = k + 1; j < d.tokens.size() && j <= k + OBJECT_WORDS; j++) {
            if (!Tokens.isWord(d.tokens.get(j))) {
                return false;
            }
            if (words.contains(d.lower(j))) {
                return true;
            }
        }
        return false;
    }
}
