package org.retour.speaker;

import java.util.regex.Pattern;
import org.retour.person.Referents.Referent;

/**
 * Decides whether a definite description takes up a description opened by "a"/"an" shortly before
 * ("a 31-year-old former policeman" … "the younger man said"), and so stays an unnamed speaker rather
 * than a person named earlier.
 *
 * <p>Stateless and thread-safe.
 */
final class IntroducedDescriptions {

    /** How far back, in characters, an indefinite description may introduce the person. */
    static final int REACH = 800;

    /** What may stand between a name and the description in apposition to it: a comma, an age between commas, or a copula. */
    private static final Pattern APPOSITION = Pattern.compile(
            "\\s*,\\s*(?:\\d{1,3}(?:\\s*(?:ans|years? old|Jahre(?: alt)?))?\\s*,\\s*)?"
            + "|\\s+(?:was|is|had been|has been|est|était|a été|ist|war)\\s+"); // "Bilal Qureshi was a student"
    /** How far back, in characters, a name may start before the description in apposition to it. */
    private static final int NAME_REACH = 60;

    private IntroducedDescriptions() {
    }

    /**
     * The named person a definite description takes up through the indefinite description in apposition
     * to their name ("Mariyam Shiuna, 27, a former nurse" … "the former nurse said"), or null.
     */
    static Referent namedThroughApposition(SpeakerDocument d, Referent r) {
        if (r == null || r.person() != null || r.description() == null || !r.description().definite()) {
            return null;
        }
        int start = r.span().start();
        Referent found = null;
        for (Referent p : d.referents.within(Math.max(0, start - CueSpeakerResolver.NAMED_REACH), start)) {
            if (p.description() != null && !p.description().definite() && d.opensIndefinite(p.description())
                    && Inflection.shareNoun(p.description().role(), r.description().role(), d.lang)) {
                Referent name = apposedName(d, p);
                if (name != null && name.gender().compatible(r.gender())) {
                    found = new Referent(r.span(), name.person(), r.description(), name.gender().or(r.gender()));
                }
            }
        }
        return found;
    }

    /** The name right before a description, separated by a comma and perhaps an age ("Mariyam Shiuna, 27, a …"), or null. */
    private static Referent apposedName(SpeakerDocument d, Referent p) {
        return apposedTo(d, p, n -> n.person() != null && n.description() == null);
    }

    /**
     * The last referent that {@code kind} accepts right before a description, separated by a comma and perhaps an age
     * or by a copula, or null.
     */
    private static Referent apposedTo(SpeakerDocument d, Referent p, java.util.function.Predicate<Referent> kind) {
        int start = p.span().start();
        Referent name = null;
        for (Referent n : d.referents.within(Math.max(0, start - NAME_REACH), start)) {
            if (kind.test(n) && APPOSITION.matcher(d.text.substring(n.span().end(), start)).matches()) {
                name = n;
            }
        }
        return name;
    }

    /**
     * Whether an indefinite description glosses an unnamed person a definite description has just named by their
     * own noun (« le recruteur, un homme d'une trentaine d'années »): it brings in no one for a later description of
     * its noun (« le jeune homme ») to take up.
     */
    private static boolean glossesDescribed(SpeakerDocument d, Referent p) {
        return apposedTo(d, p, n -> n.person() == null && n.description() != null && n.description().definite()
                && !Inflection.shareNoun(n.description().role(), p.description().role(), d.lang)) != null;
    }

    /**
     * The kin description a possessive opens that introduces the definite description {@code r} (« Sa mère garde
     * chaque message » … « la mère »), or null: kin someone may name after telling of them.
     */
    static Referent kinIntroducer(SpeakerDocument d, Referent r) {
        Referent p = introduced(d, r) ? introducer(d, r, true) : null;
        return p != null && d.opensPossessive(p.description()) ? p : null;
    }

    /**
     * Whether a description of an unnamed person opened by an indefinite article, in the same or the previous paragraph
     * before the definite description {@code r}, shares its noun; one a possessive opens ("His younger brother, 19")
     * only when no definite description of the same words came before it: « Le fils parle … » … « son fils » …
     * « Le fils sourit » is the son told of all along.
     */
    static boolean introduced(SpeakerDocument d, Referent r) {
        if (r == null || r.person() != null || r.description() == null || !r.description().definite()) {
            return false;
        }
        Referent p = introducer(d, r, true);
        if (p != null && d.opensPossessive(p.description())) {
            // "Le fils parle …" … "que son fils voulait revenir" … "Le fils sourit": the son told of all along
            return !namedSince(d, p.span().end(), r) && !usedBefore(d, p, r);
        }
        return p != null && !namedSince(d, p.span().end(), r) && (headed(d, p, r) || !usedBefore(d, p, r));
    }

    /**
     * Whether an indefinite description has the definite one's noun as its head ("Ein Sprecher des
     * Innenministeriums" for "der Sprecher"), not only in a word after it ("un Egyptien accusé d'avoir voulu
     * fuir" for "l'accusé"): it introduces someone new of that noun even when the definite one stood for
     * someone else before.
     */
    private static boolean headed(SpeakerDocument d, Referent introducer, Referent r) {
        String role = introducer.description().role();
        return role != null && Inflection.shareNoun(firstWord(role.strip()), r.description().role(), d.lang);
    }

    /**
     * Whether a definite description of the same words as {@code r} came before the indefinite one that
     * would introduce it: "l'accusé" then stands for the person it stood for already, not for "un Egyptien
     * accusé d'avoir voulu fuir" told of in between.
     */
    private static boolean usedBefore(SpeakerDocument d, Referent introducer, Referent r) {
        String words = r.description().text().toLowerCase(java.util.Locale.ROOT);
        for (Referent q : d.referents.within(0, introducer.span().start())) {
            if (q.description() != null && q.description().definite()
                    && q.description().text().toLowerCase(java.util.Locale.ROOT).equals(words)) {
                return true;
            }
        }
        return false;
    }

    /** The unnamed indefinite description that introduced the definite {@code r} ({@link #introduced}), or null. */
    static Referent introducerOf(SpeakerDocument d, Referent r) {
        return introduced(d, r) ? introducer(d, r, true) : null;
    }

    /**
     * The first description opened by an indefinite article, in the same or the previous paragraph before
     * {@code r}, that shares its noun ({@code unnamed}: only one tied to no person); else null.
     */
    private static Referent introducer(SpeakerDocument d, Referent r, boolean unnamed) {
        int start = r.span().start();
        int paragraph = d.paragraph(start);
        for (Referent p : d.referents.within(Math.max(0, start - REACH), start)) {
            if ((!unnamed || p.person() == null) && p.description() != null && !p.description().definite()
                    && d.opensIndefinite(p.description())
                    && d.paragraph(p.span().start()) >= paragraph - 1
                    && Inflection.shareNoun(p.description().role(), r.description().role(), d.lang)
                    && (!unnamed || apposedName(d, p) == null && !glossesDescribed(d, p))) {
                return p;
            }
        }
        return null;
    }

    /**
     * The referent without the person it was tied to when that person is first named only after it and an
     * indefinite description of the same noun introduced it before ("a probation officer who cannot be
     * named" … "the officer says", with "Richard Hale, a former counter-terrorism officer" further on): an
     * unnamed speaker; else the referent itself, as when the name follows the description as its title does
     * (« l'imam Thierno Souleymane Barry »).
     */
    static Referent unnamedBefore(SpeakerDocument d, Referent r) {
        if (r == null || r.person() == null || r.description() == null || !r.description().definite()) {
            return r;
        }
        int start = r.span().start();
        for (org.retour.model.Mention m : r.person().mentions()) {
            if (m.span().start() < start) {
                return r; // named before: the description takes the name up
            }
            if (m.span().start() >= r.span().end() && d.text.substring(r.span().end(), m.span().start()).isBlank()) {
                return r; // "un imam de Hamdallaye" … « », estime l'imam Thierno Souleymane Barry »: the title's own name
            }
        }
        return introducer(d, r, false) != null ? new Referent(r.span(), null, r.description(), r.gender()) : r;
    }

    /** Whether a person named between {@code from} and {@code r} has a role of the same noun ("Me Lucie Jacobs"). */
    private static boolean namedSince(SpeakerDocument d, int from, Referent r) {
        for (Referent n : d.referents.within(from, r.span().start())) {
            if (n.person() != null && Inflection.shareNoun(n.person().role(), r.description().role(), d.lang)) {
                return true;
            }
        }
        return false;
    }

    /** The text before the first white space ({@code \s}) of {@code s}; empty when it starts with one. */
    static String firstWord(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') {
                return s.substring(0, i);
            }
        }
        return s;
    }
}
