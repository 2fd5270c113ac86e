package org.retour.speaker;

import org.retour.model.Token;
import org.retour.person.Gender;
import org.retour.person.PronounLinker;
import org.retour.person.Referents.Referent;
import org.retour.person.Tokens;
import org.retour.resource.ResourceLines;

/**
 * The rule that an unnamed person whose relative clause has a subject pronoun of their own gender is told of by
 * that pronoun's person, not someone a later pronoun stands for: in "because a man he met online promised him …
 * “…,” he told the jury" or « Un ami québécois, qu'il refuse de nommer, aurait tenté de fuir. « … », dit-il », the
 * man and the friend are the ones met and left unnamed; « il » and "he" go on being the one who met them. The words
 * that open such a clause come from {@code object-relatives.txt}; English may leave the clause without one ("a man
 * he met").
 *
 * <p>Stateless and thread-safe.
 */
final class ObjectRelatives {

    /** The bundled resource. */
    static final String RESOURCE = "org/retour/speaker/object-relatives.txt";

    /** How many words (an adjective, a place of origin) may stand between the description and the comma before its clause. */
    static final int MODIFIER_WORDS = 4;

    private static final java.util.Map<String, java.util.Set<String>> OPENERS =
            ResourceLines.wordsByLanguage(ResourceLines.classpath(RESOURCE));

    private ObjectRelatives() {
    }

    /**
     * Whether {@code r}, a description, is followed (right away, or past a few words and a comma) by a relative clause whose subject is a singular
     * personal pronoun of a gender that fits {@code gender}: someone told of by another of that gender.
     */
    static boolean toldOf(SpeakerDocument d, PronounLinker pronouns, Referent r, Gender gender) {
        if (r.person() != null || r.description() == null || gender == Gender.UNKNOWN) {
            return false;
        }
        int k = d.tokenAt(r.span().end());
        for (int n = 0; n < MODIFIER_WORDS && k + n < d.tokens.size(); n++) {
            Token t = d.tokens.get(k + n);
            if (Tokens.is(d.text, t, ",")) {
                k += n + 1; // « Un ami québécois, qu'il … », "a friend from Leeds, whom he …"
                break;
            }
            if (!Tokens.isWord(t)) {
                break;
            }
        }
        if (k + 1 >= d.tokens.size() || !Tokens.isWord(d.tokens.get(k))) {
            return false;
        }
        java.util.Set<String> openers = OPENERS.getOrDefault(d.lang, java.util.Set.of());
        int subject = openers.contains(d.lower(k)) ? k + 1 : openers.contains("-") ? k : -1;
        if (subject < 0) {
            return false;
        }
        PronounLinker.Found f = pronouns.pronounIn(d.text, d.tokens, d.lowered, subject, d.lang);
        return f != null && !f.pronoun().plural() && f.pronoun().gender() != Gender.UNKNOWN
                && f.pronoun().gender().compatible(gender) && f.pronoun().gender().compatible(r.gender());
    }
}
