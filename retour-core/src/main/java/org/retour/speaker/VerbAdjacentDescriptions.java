package org.retour.speaker;

import java.util.List;
import org.retour.person.Referents.Referent;

/**
 * The unnamed person whose description stands right before a cue's verb, with nothing but spaces between them:
 * the verb's own subject, not a person named earlier in the sentence ("Karim Haddad listened as a federal
 * prosecutor described him as …": the prosecutor). A description a comma sets off right after a name is that name's
 * apposition ("Paula Brandt, his attorney, said"), and the name speaks; one a comma sets off after the clause the
 * name opens tells that clause ("Omar was beaten for smoking, his mother said": the mother). A relative clause set off
 * between the description and the verb leaves it adjacent ("When Hannah Wells met her, the woman – who we are not naming
 * – said"). Stateless and thread-safe.
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
                || last.span().start() < chosen.span().end() || !d.text.substring(last.span().end(), cueStart).isBlank()
                && !relativeAside(d, last.span().end(), cueStart)) {
            return chosen;
        }
        int before = last.span().start() - 1;
        while (before >= 0 && Character.isWhitespace(d.text.charAt(before))) {
            before--;
        }
        return before >= 0 && (Character.isLetter(d.text.charAt(before)) || d.text.charAt(before) == ','
                && SpeakerSentences.wordsBetween(d, chosen.span().end(), last.span().start()) > APPOSED_WORDS) ? last : chosen;
    }

    /**
     * Whether {@code [from, to)} is a relative clause set off by two commas or two dashes and nothing else: it opens
     * with its mark and a relative pronoun ("who", « qui ») and ends with the same mark.
     */
    private static boolean relativeAside(SpeakerDocument d, int from, int to) {
        String between = d.text.substring(from, to).strip();
        if (between.length() < 3) {
            return false;
        }
        char open = between.charAt(0);
        if (!ClauseMarks.setsOff(open) || between.charAt(between.length() - 1) != open
                || between.indexOf(open, 1) != between.length() - 1) {
            return false;
        }
        String inside = between.substring(1).stripLeading();
        int end = 0;
        while (end < inside.length() && Character.isLetter(inside.charAt(end))) {
            end++;
        }
        return end > 0 && d.relativePronoun(inside.substring(0, end));
    }
}
