package org.retour.speaker;

import static org.retour.speaker.QuoteOffsets.skipSpaces;
import static org.retour.speaker.QuoteOffsets.wordEnds;

import java.util.Map;
import java.util.Set;
import org.retour.person.PronounLinker;
import org.retour.person.Referents.Referent;
import org.retour.resource.ResourceLines;

/**
 * Persons whose sentence tells, right after them, that they have died ("One of them is now dead. He says …",
 * « L'un d'eux a été tué »): dead, they speak none of the words a pronoun introduces after. Predicates come from
 * {@code org/retour/speaker/deaths.txt}.
 *
 * <p>Immutable and thread-safe.
 */
final class DeadSubjects {

    /** The bundled resource. */
    static final String RESOURCE = "org/retour/speaker/deaths.txt";
    private static final Map<String, Set<String>> PREDICATES =
            ResourceLines.byLanguage(ResourceLines.classpath(RESOURCE), true);

    private DeadSubjects() {
    }

    /** Whether a predicate of death follows {@code r} right after it, spaces aside. */
    static boolean dead(SpeakerDocument d, Referent r) {
        return deathAt(d, r.span().end());
    }

    /**
     * Whether a sentence between {@code r} and {@code offset}, in {@code r}'s paragraph, opens with a singular subject
     * pronoun of {@code r}'s gender and a predicate of death (« Son mari … combattait sur le front. Il a été tué au
     * printemps 2016. « … » »): the person told of has died since, and speaks none of the words after.
     */
    static boolean diedSince(SpeakerDocument d, PronounLinker pronouns, Referent r, int offset) {
        if (PREDICATES.get(d.lang) == null || r.gender() == org.retour.person.Gender.UNKNOWN) {
            return false;
        }
        int paragraph = d.paragraph(r.span().start());
        int first = org.retour.model.Offsets.firstAtOrAfter(d.sentences, s -> s.span().start(), r.span().end());
        for (int i = first; i < d.sentences.size(); i++) {
            int s = d.sentences.get(i).span().start();
            if (s >= offset || d.paragraph(s) != paragraph) {
                break;
            }
            int k = d.tokenAt(s);
            PronounLinker.Found f = k < d.tokens.size() ? pronouns.pronounIn(d.text, d.tokens, d.lowered, k, d.lang) : null;
            if (f != null && !f.pronoun().plural() && f.pronoun().gender() == r.gender()
                    && deathAt(d, d.tokens.get(k).span().end())) {
                return true;
            }
        }
        return false;
    }

    /** Whether a predicate of death starts at {@code at}, spaces aside. */
    private static boolean deathAt(SpeakerDocument d, int at) {
        Set<String> predicates = PREDICATES.get(d.lang);
        if (predicates == null) {
            return false;
        }
        int after = skipSpaces(d.text, at);
        LowerText lower = d.lowerText();
        for (String p : predicates) {
            if (lower.startsWith(p, after) && wordEnds(d.text, after + p.length())) {
                return true;
            }
        }
        return false;
    }
}
