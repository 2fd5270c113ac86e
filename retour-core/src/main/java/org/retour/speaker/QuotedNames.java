package org.retour.speaker;

import org.retour.model.Mention;
import org.retour.person.Referents.Referent;

/**
 * Persons named only inside quotation marks before a description (« soupçonnés d'être des « espions de Ben Ali » »):
 * a public figure or someone a quote speaks of, whom a description of the narration (« le prévenu ») does not take up;
 * so too one named otherwise only as a preposition's complement (« quand on lui parle de Samir »).
 *
 * <p>Immutable and thread-safe.
 */
final class QuotedNames {

    /** How far back (in characters) an opening quotation mark is looked for. */
    private static final int REACH = 300;

    private QuotedNames() {
    }

    /** Whether every mention by name of {@code p}'s person before {@code offset} stands inside French quotation marks. */
    static boolean only(SpeakerDocument d, Referent p, int offset) {
        boolean any = false;
        for (Mention m : p.person().mentions()) {
            if (m.span().start() >= offset || m.kind() != Mention.Kind.NAME) {
                continue;
            }
            if (!inside(d.text, m.span().start())) {
                return false;
            }
            any = true;
        }
        return any;
    }

    /**
     * Whether every mention by name of {@code p}'s person before {@code offset} stands inside French quotation marks
     * or as a preposition's complement, one of them inside the marks: a person the story speaks of (« contre Bachar
     * », « quand on lui parle de Bachar »), never one who acts in it.
     */
    static boolean spokenOf(SpeakerDocument d, SubjectRules rules, Referent p, int offset) {
        boolean quoted = false;
        for (Mention m : p.person().mentions()) {
            if (m.span().start() >= offset || m.kind() != Mention.Kind.NAME) {
                continue;
            }
            if (inside(d.text, m.span().start())) {
                quoted = true;
            } else if (!rules.governed(d, new Referent(m.span(), p.person(), null, p.gender()))) {
                return false;
            }
        }
        return quoted;
    }

    /** Whether an opening « stands before {@code at} in its line with no closing » between. */
    private static boolean inside(String text, int at) {
        for (int i = at - 1; i >= Math.max(0, at - REACH); i--) {
            char c = text.charAt(i);
            if (c == '«') {
                return true;
            }
            if (c == '»' || c == '\n') {
                return false;
            }
        }
        return false;
    }
}
