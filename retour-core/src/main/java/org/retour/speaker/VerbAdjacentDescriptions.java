package org.retour.speaker;

import java.util.List;
import org.retour.person.Referents.Referent;

/**
 * The unnamed person whose description stands right before a cue's verb, with nothing but spaces between them:
 * the verb's own subject, not a person named earlier in the sentence ("Karim Haddad listened as a federal
 * prosecutor described him as …": the prosecutor). A description a comma sets off right after a name is that name's
 * apposition ("Paula Brandt, his attorney, said"), and the name speaks; one a comma sets off after the clause the
 * name opens tells that clause ("Omar was beaten for smoking, his mother said": the mother). Stateless and
 * thread-safe.
 */
final class VerbAdjacentDescriptions {

    /** The most words (an age, a title) that may stand between a name and a description in apposition to it. */
    static final int APPOSED_WORDS = 2;

    private VerbAdjacentDescriptions() {
    }

    /**
     * The last of {@code subjects} when it is a description that ends right before {@code cueStart} and follows
     * {@code chosen}, a named person, with no comma before it; else {@code chosen}.
     */
    static Referent subject(SpeakerDocument d, List<Referent> subjects, Referent chosen, int cueStart) {
        if (chosen == null || chosen.person() == null || subjects.isEmpty()) {
            return chosen;
        }
        Referent last = subjects.get(subjects.size() - 1);
        if (last == chosen || last.person() != null || last.description() == null
                || last.span().start() < chosen.span().end() || !d.text.substring(last.span().end(), cueStart).isBlank()) {
            return chosen;
        }
        int before = last.span().start() - 1;
        while (before >= 0 && Character.isWhitespace(d.text.charAt(before))) {
            before--;
        }
        return before >= 0 && (Character.isLetter(d.text.charAt(before)) || d.text.charAt(before) == ','
                && SpeakerSentences.wordsBetween(d, chosen.span().end(), last.span().start()) > APPOSED_WORDS) ? last : chosen;
    }
}
