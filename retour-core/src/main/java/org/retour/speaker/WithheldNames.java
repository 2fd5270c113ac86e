package org.retour.speaker;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.retour.person.Referents.Referent;
import org.retour.resource.ResourceLines;

/**
 * The clauses set off right after a definite description that say the writer withholds the person's name, from
 * {@code org/retour/speaker/withheld-names.txt} ("the woman – who we are not naming – said", "The man, who asked not
 * to be named, said"): such a description stands for someone unnamed, not for a person named before it.
 *
 * <p>Immutable and thread-safe.
 */
final class WithheldNames {

    /** The bundled resource. */
    static final String RESOURCE = "org/retour/speaker/withheld-names.txt";
    private static final WithheldNames BUNDLED = new WithheldNames(ResourceLines.classpath(RESOURCE));

    /** How many paragraphs before its own a description may take up a withheld one. */
    static final int PARAGRAPHS = 2;
    /** How many characters the set-off clause may run. */
    private static final int REACH = 90;

    private final Map<String, Set<String>> phrases;

    /** Phrases from lines {@code "lang phrase"}. */
    WithheldNames(List<String> lines) {
        this.phrases = ResourceLines.byLanguage(lines, true);
    }

    /** The bundled phrases. */
    static WithheldNames bundled() {
        return BUNDLED;
    }

    /** Whether a clause set off by a comma or a dash right after {@code r}'s description withholds the name. */
    boolean withheld(SpeakerDocument d, Referent r) {
        Set<String> words = phrases.get(d.lang);
        if (words == null || r.description() == null) {
            return false;
        }
        int i = r.span().end();
        while (i < d.text.length() && d.text.charAt(i) == ' ') {
            i++;
        }
        if (i >= d.text.length() || !ClauseMarks.setsOff(d.text.charAt(i))) {
            return false;
        }
        int end = i + 1;
        int limit = Math.min(d.text.length(), i + REACH);
        while (end < limit && !ClauseMarks.setsOff(d.text.charAt(end)) && ".\n\"“”".indexOf(d.text.charAt(end)) < 0) {
            end++;
        }
        String clause = d.text.substring(i + 1, end).toLowerCase(Locale.ROOT);
        for (String p : words) {
            if (clause.contains(p)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The description whose name the writer withheld, in the paragraph of definite description {@code r} or the
     * {@link #PARAGRAPHS} before, that {@code r} takes up by its noun ("The aunt, who asked not to be named, said …"
     * then "“…,” the aunt said"): the same unnamed person, not someone named before; else null.
     */
    Referent takenUp(SpeakerDocument d, Referent r) {
        if (r.description() == null || !r.description().definite() || !phrases.containsKey(d.lang)) {
            return null;
        }
        int from = d.paragraphStarts.get(Math.max(0, d.paragraph(r.span().start()) - PARAGRAPHS));
        List<Referent> before = d.referents.within(from, r.span().start());
        for (int k = before.size() - 1; k >= 0; k--) {
            Referent e = before.get(k);
            if (e.person() == null && e.description() != null && e.description() != r.description()
                    && Inflection.shareNoun(e.description().role(), r.description().role(), d.lang) && withheld(d, e)) {
                return e;
            }
        }
        return null;
    }
}
