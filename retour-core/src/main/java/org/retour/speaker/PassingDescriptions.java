package org.retour.speaker;

import java.util.List;
import java.util.Map;
import org.retour.person.Gender;
import org.retour.person.PronounLinker;
import org.retour.person.Referents.Referent;
import org.retour.person.Tokens;
import org.retour.resource.ResourceLines;

/**
 * The named person a subject pronoun goes back to past an unnamed person mentioned in passing: an indefinite
 * description a preposition of {@code passing.txt} governs, in a paragraph before the pronoun's ("… has verified the
 * details with a former fighter who knew him in Syria." then, a paragraph on, "“…,” he wrote": the man the messages
 * are from, named before it, not the fighter; « … auprès d'un ancien voisin », « avec l'aide d'un passeur » then
 * « « … », écrit-il »), nor to a person named in apposition after such a description ("with his cousin, Ashraff
 * Faleel,"). A description in the pronoun's own paragraph, a definite one, or one no such preposition governs keeps
 * the pronoun. When the sentence of the one in passing opens with a subject pronoun of that gender, an unnamed person
 * who opens a sentence before it in its paragraph is the one the pronoun carries on ("The defendant spoke for most of
 * the day. She described her years with a Chechen fighter." then "“…,” she said": the defendant, not the prosecutor
 * named before).
 *
 * <p>Looks back over at most {@link #TRIES} referents. Immutable and thread-safe.
 */
final class PassingDescriptions {

    /** The bundled resource. */
    static final String RESOURCE = "org/retour/speaker/passing.txt";

    /** What a word of the resource is. */
    enum Kind { PREP, NOUN, OF }

    /** How many referents back the named person may stand. */
    static final int TRIES = 4;
    /** How many tokens before a name's comma the description it is apposed to may start ("his cousin, X"). */
    private static final int APPOSED_TOKENS = 4;

    private static final PassingDescriptions BUNDLED = new PassingDescriptions(ResourceLines.classpath(RESOURCE));

    private final Map<String, Map<String, Kind>> byLanguage;

    PassingDescriptions(List<String> lines) {
        this.byLanguage = ResourceLines.kindsByLanguage(lines, Kind.class, "passing", false);
    }

    /** The bundled words. */
    static PassingDescriptions bundled() {
        return BUNDLED;
    }

    /**
     * The named person before {@code r} that {@code r}, mentioned in passing, yields a pronoun of {@code gender} at
     * {@code at} to; else {@code r}.
     */
    Referent named(SpeakerDocument d, PronounLinker pronouns, Referent r, int at, Gender gender) {
        if (r == null || r.person() != null || r.description() == null || r.description().definite()
                || d.paragraph(r.span().start()) >= d.paragraph(at) || !governed(d, r)) {
            return r;
        }
        boolean continued = opensWithPronoun(d, pronouns, r, gender);
        Referent before = r;
        for (int tries = 0; tries < TRIES; tries++) {
            before = d.referents.mostRecent(before.span().start(), gender);
            if (before == null) {
                return r;
            }
            if (before.person() != null && before.description() == null && !apposedInPassing(d, before)) {
                return before;
            }
            if (continued && before.person() == null && d.paragraph(before.span().start()) == d.paragraph(r.span().start())
                    && SpeakerSentences.wordsBefore(d, before.span().start()) == 0) {
                return before; // "The defendant spoke … She described … with a Chechen fighter": the one she stands for
            }
        }
        return r;
    }

    /**
     * Whether the sentence of {@code r} opens with a singular subject pronoun of {@code gender}, which carries on the
     * subject of a sentence before it ("The defendant spoke for most of the day. She described …").
     */
    private static boolean opensWithPronoun(SpeakerDocument d, PronounLinker pronouns, Referent r, Gender gender) {
        int k = d.tokenAt(SpeakerSentences.sentenceStart(d, r.span().start()));
        PronounLinker.Found f = k < d.tokens.size() ? pronouns.pronounIn(d.text, d.tokens, d.lowered, k, d.lang) : null;
        return f != null && !f.pronoun().plural() && f.pronoun().gender().compatible(gender)
                && d.tokens.get(k).span().end() <= r.span().start();
    }

    /**
     * Whether the named {@code r} stands in apposition after a description told of in passing ("with his cousin,
     * Ashraff Faleel,"): a comma right before the name, and before it a description a preposition of the resource
     * governs.
     */
    private boolean apposedInPassing(SpeakerDocument d, Referent r) {
        int k = d.tokenAt(r.span().start()) - 1;
        if (k < 1 || !",".equals(d.lower(k))) {
            return false;
        }
        int comma = d.tokens.get(k).span().start();
        for (Referent o : d.referents.within(d.tokens.get(Math.max(0, k - APPOSED_TOKENS)).span().start(), comma)) {
            if (o.description() != null && o.span().end() == comma && governed(d, o)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a preposition of the resource stands right before {@code r}, or before its elided article ("d'un"). */
    private boolean governed(SpeakerDocument d, Referent r) {
        Map<String, Kind> words = byLanguage.get(d.lang);
        int k = d.tokenAt(r.span().start()) - 1;
        if (words == null || k < 0 || !Tokens.isWord(d.tokens.get(k))) {
            return false;
        }
        if (k > 0 && words.get(d.lower(k)) == Kind.OF && words.get(d.lower(k - 1)) == Kind.NOUN) {
            return true; // « avec l'aide d'un passeur », "with the help of a smuggler"
        }
        if (k > 0 && (d.lower(k).equals("d'") || d.lower(k).equals("d’")) && Tokens.isWord(d.tokens.get(k - 1))) {
            k--; // « auprès d'un ancien voisin »
        }
        return words.get(d.lower(k)) == Kind.PREP;
    }
}
