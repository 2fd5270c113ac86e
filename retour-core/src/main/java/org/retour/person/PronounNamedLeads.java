package org.retour.person;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.retour.model.Entity;
import org.retour.model.Span;
import org.retour.person.Referents.Referent;
import org.retour.resource.GrammarWords;

/**
 * The name a naming phrase gives a lead's unnamed person in the next paragraph, which a subject pronoun or a definite
 * description opens ("The 31-year-old woman, whom The Courier-Mail has agreed to identify only as Leila"): "A
 * 31-year-old man from Fuvahmulah still starts awake …" then "He is one of the Maldivians who returned … He agreed to
 * speak on condition that he be identified only as Shafeeq." (« Un ancien combattant de 31 ans … » then « Il a accepté
 * de parler à condition d'être présenté sous le prénom de Karim. »), for {@link DescriptionNames}.
 *
 * <p>Stateless and thread-safe.
 */
final class PronounNamedLeads {

    private static final NamingPhrases NAMING = NamingPhrases.bundled();

    private PronounNamedLeads() {
    }

    /**
     * The person named in the paragraph that starts at {@code next} when a third-person subject pronoun opens it and
     * the first name in it comes right after a naming phrase, with a gender that fits description {@code d} and none of
     * the descriptions {@code after} it in the name's sentence before it ({@link #describedBetween}); else null.
     */
    static Entity named(String text, List<Referent> named, int next, PersonDescription d, List<PersonDescription> after,
                        String lang) {
        int word = next;
        while (word < text.length() && Character.isLetter(text.charAt(word))) {
            word++;
        }
        Set<String> pronouns = GrammarWords.bundled().of(GrammarWords.Kind.HE_SHE, lang);
        PersonDescription opener = definiteOpener(after, next, d);
        if (opener == null && (word == next || word >= text.length() || text.charAt(word) != ' '
                || !pronouns.contains(text.substring(next, word).toLowerCase(Locale.ROOT)))) {
            return null;
        }
        List<PersonDescription> others = opener == null ? after : without(after, opener);
        int end = text.indexOf('\n', next);
        end = end < 0 ? text.length() : end;
        for (Referent r : DescriptionNames.near(named, new Span(next, end), 0)) {
            if (r.span().start() < next || r.span().end() > end) {
                continue;
            }
            return NAMING.introducesName(text, next, r.span().start(), lang) && r.gender().compatible(d.gender())
                    && !describedBetween(others, next, r.span().start(), text) ? r.person() : null; // the first name, or no one
        }
        return null;
    }

    /**
     * The definite description that opens the paragraph at {@code next} with a gender that fits {@code d} ("The
     * 31-year-old woman, whom The Courier-Mail has agreed to identify only as Leila, …"), or null.
     */
    private static PersonDescription definiteOpener(List<PersonDescription> after, int next, PersonDescription d) {
        for (PersonDescription p : after) {
            if (p.span().start() == next) {
                return p.definite() && p.gender().compatible(d.gender()) ? p : null;
            }
            if (p.span().start() > next) {
                return null;
            }
        }
        return null;
    }

    /** {@code descriptions} without {@code left}. */
    private static List<PersonDescription> without(List<PersonDescription> descriptions, PersonDescription left) {
        List<PersonDescription> out = new java.util.ArrayList<>(descriptions);
        out.remove(left);
        return out;
    }

    /**
     * Whether one of {@code descriptions} lies in {@code [from, to)} in the sentence that ends at {@code to}, where a
     * naming phrase would name it ("He met a friend in Hajin, identified only as Omar"; not "He is one of the Maldivians
     * who returned. He agreed … identified only as Shafeeq").
     */
    private static boolean describedBetween(List<PersonDescription> descriptions, int from, int to, String text) {
        for (PersonDescription p : descriptions) {
            if (p.span().start() >= from && p.span().end() <= to
                    && !SentenceGaps.sentenceEndIn(text, p.span().end(), to)) {
                return true;
            }
        }
        return false;
    }
}
