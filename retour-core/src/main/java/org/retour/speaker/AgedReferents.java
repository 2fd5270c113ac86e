package org.retour.speaker;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.retour.model.Entity;
import org.retour.model.Mention;
import org.retour.person.Gender;
import org.retour.person.Referents.Referent;

/**
 * Whom a definite description that speaks of an age stands for, by the ages in figures the text gives the persons
 * named before it: an age in figures ("the 29-year-old", "der 28-Jährige", « la jeune femme de 33 ans ») stands for
 * the nearest person of that age, a decade noun (« le trentenaire ») for the nearest whose age falls in its decade,
 * and a rank by age (« l'aînée », « le cadet », "the elder brother") for the eldest or the youngest of two or more
 * persons named with an age. Words come from {@link AgeWords}.
 *
 * <p>Design decision: an age is the one thing such a description says of its person, so a writer gives it only
 * when it picks the person out; the ages given by name are therefore read over twice the reach of other
 * descriptions, where a plain noun would need the nearest person.
 *
 * <p>Stateless and thread-safe.
 */
final class AgedReferents {

    /** How far back, in characters, the person an age picks out may be named. */
    static final int REACH = 2 * CueSpeakerResolver.NAMED_REACH;

    /** An age in figures in apposition right after a name: ", 34 ans", " (34 ans)", ", 31,", " (28)". */
    private static final Pattern AGE = Pattern.compile(
            "\\s*[,(]\\s*(\\d{1,2})(?:\\s*(?:ans|years?\\s+old|Jahre)\\b|\\s*[,;)])");

    /** An age in figures right after a description: « de 33 ans », "of 33 years". */
    private static final Pattern AGE_AFTER = Pattern.compile("\\s+(?:de|d'|d’|of)\\s*(\\d{1,2})\\s+(?:ans|years)\\b");

    /** The youngest age a word of old age (« le vieil homme », "the elderly man") may describe. */
    static final int OLD = 50;

    private AgedReferents() {
    }

    /**
     * The named person the definite description {@code r} stands for by the age it gives, or null when it gives
     * none, when no person named before it has a fitting age, or when two eldest or youngest are of the same age.
     */
    static Referent named(SpeakerDocument d, Referent r) {
        if (r.person() != null || r.description() == null || !r.description().definite()) {
            return null;
        }
        int rank = d.descriptionMemo.ages(r.description().role(), d.lang).rank();
        AgeClaim claim = claim(d, r);
        int exact = claim.exact();
        if (rank == 0 && !claim.gives()) {
            return null;
        }
        Gender gender = TopicDescriptions.articleGender(r);
        Referent best = null;
        int bestAge = 0;
        int aged = 0;
        boolean tie = false;
        boolean otherAge = false;
        for (Referent p : d.referents.namedBefore(r.span().start(), gender, REACH)) {
            int age = age(d, p.person(), r.span().start());
            if (age == 0 && rank == 0 && exact == 0 && opensParagraph(d, p, r)) {
                return as(r, p, gender); // « Khadija Ouazzani, elle, a perdu son fils … « … », lâche la quinquagénaire »:
            } // the one the paragraph is about, whose age the text does not give, not Nadia Belkacem, 54 ans, named before
            if (age == 0) {
                continue;
            }
            otherAge = true; // only a person of another age is named: exact ages never match below
            if (rank == 0) {
                if (claim.fits(age, 0)) {
                    return as(r, p, gender); // "Karim Haddad, 34 ans" … « le trentenaire »
                }
                continue;
            }
            aged++;
            if (best == null || (rank > 0 ? age > bestAge : age < bestAge)) {
                best = p;
                bestAge = age;
                tie = false;
            } else if (age == bestAge) {
                tie = true;
            }
        }
        if (exact > 0 && otherAge && unnamedOfAge(d, r, exact)) {
            return r; // "the 29-year-old agreed to speak" … "The second man, Shaheer T.K., 34" … "The 29-year-old said"
        }
        return aged >= 2 && !tie ? as(r, best, gender) : null; // "Tariq, 31, and his brother Sabir, 26" … "the elder"
    }

    /**
     * Whether the person {@code p} is the first one named outside quotes in the paragraph of {@code r}, before it,
     * at the head of a sentence.
     */
    private static boolean opensParagraph(SpeakerDocument d, Referent p, Referent r) {
        int from = d.paragraphStarts.get(d.paragraph(r.span().start()));
        for (Referent x : d.referents.within(from, r.span().start())) {
            if (!d.quoted(x.span())) { // opening its sentence: not « Interrogé par le président, Olivier Gautier, »
                return x.person() == p.person() && SpeakerSentences.wordsBefore(d, x.span().start()) == 0;
            }
        }
        return false;
    }

    /**
     * Whether an unnamed person described by the same age in figures was told of before {@code r}, within {@link
     * #REACH}, while the persons named with an age are of another: the description takes up that person, who stays
     * unnamed, rather than the nearest name of another age (a name given with no age may still be the one described).
     */
    private static boolean unnamedOfAge(SpeakerDocument d, Referent r, int exact) {
        for (Referent p : d.referents.within(Math.max(0, r.span().start() - REACH), r.span().start())) {
            if (p.person() == null && p.description() != null && p.description() != r.description()
                    && ownAge(d.text, p, d.descriptionMemo.ages(p.description().role(), d.lang)) == exact) {
                return true;
            }
        }
        return false;
    }

    /**
     * How many years past its decade a decade noun is still said of someone: papers call a man of 29 « le trentenaire »
     * and one of 38 « le quadragénaire ».
     */
    static final int LOOSE = 5;

    /**
     * The age a description gives: {@code exact} in figures (« le prévenu de 33 ans », "the 29-year-old"), or else the
     * {@code decade} its decade noun names (« le trentenaire »: 30); both 0 when it gives none.
     */
    record AgeClaim(int exact, int decade) {

        /** Whether the claim gives an age at all. */
        boolean gives() {
            return exact > 0 || decade > 0;
        }

        /** Whether {@code age} fits: the exact age, or the decade widened by {@code loose} years on either side. */
        boolean fits(int age, int loose) {
            return exact > 0 ? age == exact : age >= decade - loose && age < decade + 10 + loose;
        }
    }

    /** The age the definite description {@code r} claims; none for a rank by age (« l'aîné ») or no description. */
    static AgeClaim claim(SpeakerDocument d, Referent r) {
        if (r.description() == null) {
            return new AgeClaim(0, 0);
        }
        RoleAges ages = d.descriptionMemo.ages(r.description().role(), d.lang);
        if (ages.rank() != 0) {
            return new AgeClaim(0, 0);
        }
        int exact = ownAge(d.text, r, ages);
        return new AgeClaim(exact, exact == 0 ? ages.decade() : 0);
    }

    /**
     * Whether {@code claim}, the age the description {@code r} gives, cannot be that of {@code person}, whose age
     * given in apposition to their name before it is another, for a decade noun one more than {@link #LOOSE} years
     * outside its decade (« Nabil Harrouch, 30 ans » … « a glissé le septuagénaire »: his father, not him); a word
     * of old age (« le vieil homme ») cannot be a person whose age is under {@link #OLD}.
     */
    static boolean contradicts(SpeakerDocument d, Referent r, AgeClaim claim, Entity person) {
        if (!claim.gives()) {
            RoleAges ages = r.description() == null ? RoleAges.NONE : d.descriptionMemo.ages(r.description().role(), d.lang);
            if (!ages.aged() || ages.figure()) {
                return false;
            }
            int age = age(d, person, r.span().start()); // « Ibrahima Sory Camara, 24 ans » is no « vieil homme »
            return age != 0 && age < OLD;
        }
        int age = age(d, person, r.span().start());
        return age != 0 && !claim.fits(age, LOOSE);
    }

    /** {@code r} standing for the person {@code p} names. */
    private static Referent as(Referent r, Referent p, Gender gender) {
        return new Referent(r.span(), p.person(), r.description(), p.gender().or(gender));
    }

    /**
     * The age in figures the description {@code r} of role {@code ages} gives in its words or right after them, or 0.
     */
    private static int ownAge(String text, Referent r, RoleAges ages) {
        if (ages.ownAge() >= 0) {
            return ages.ownAge();
        }
        int end = r.span().end();
        if (end >= text.length() || !space(text.charAt(end))) {
            return 0; // AGE_AFTER opens on white space
        }
        Matcher after = AGE_AFTER.matcher(text).region(r.span().end(), Math.min(text.length(), r.span().end() + 20));
        return after.lookingAt() ? Integer.parseInt(after.group(1)) : 0;
    }

    /**
     * The age in figures given in apposition to the first name of {@code person} that ends by {@code before}, or 0:
     * the person's {@link #namedAges}, read once per document.
     */
    private static int age(SpeakerDocument d, Entity person, int before) {
        int[] ages = d.descriptionMemo.namedAges(person);
        if (ages == null) {
            ages = namedAges(d.text, person);
            d.descriptionMemo.namedAges(person, ages);
        }
        for (int k = 0; k < ages.length; k += 2) {
            if (ages[k] <= before) {
                return ages[k + 1];
            }
        }
        return 0;
    }

    /**
     * The ages in figures given in apposition to the names of {@code person}, in the order of its mentions: for each
     * name followed by one, where the name ends and the age.
     */
    private static int[] namedAges(String text, Entity person) {
        int[] out = new int[0];
        Matcher a = null; // one matcher for all the mentions, its region set for each
        for (Mention m : person.mentions()) {
            if (m.kind() != Mention.Kind.NAME
                    || !apposedMark(text, m.span().end(), Math.min(text.length(), m.span().end() + 16))) {
                continue; // AGE opens on white space then a comma or a parenthesis
            }
            a = (a == null ? AGE.matcher(text) : a).region(m.span().end(), Math.min(text.length(), m.span().end() + 16));
            if (a.lookingAt()) {
                out = java.util.Arrays.copyOf(out, out.length + 2);
                out[out.length - 2] = m.span().end();
                out[out.length - 1] = Integer.parseInt(a.group(1));
            }
        }
        return out;
    }

    /**
     * Whether white space then a comma or an opening parenthesis stand from {@code from} before {@code limit}: what
     * an age in apposition opens on.
     */
    static boolean apposedMark(String text, int from, int limit) {
        int i = from;
        while (i < limit && space(text.charAt(i))) {
            i++;
        }
        return i < limit && (text.charAt(i) == ',' || text.charAt(i) == '(');
    }

    /** Whether {@code c} is white space as {@code \s} of a pattern reads it. */
    static boolean space(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
