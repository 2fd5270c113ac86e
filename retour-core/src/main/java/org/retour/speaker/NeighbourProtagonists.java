package org.retour.speaker;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.retour.model.Voice;
import org.retour.person.Gender;
import org.retour.person.Referents.Referent;

/**
 * Whom a definite description that no nearer rule settles stands for when it speaks: the one person of its gender
 * named in its paragraph or the one before, whose voice does not contradict it (« Marine Le Goff, la
 * coordinatrice, suit l'échange … « … », explique l'éducatrice »; « … », confie Inès. » then « La jeune femme
 * refuse … « … », dit-elle »). A writer varies the noun for the person just told of; when two persons of that
 * gender were named, or someone unnamed was introduced since, the description is left as it is.
 *
 * <p>Stateless and thread-safe.
 */
final class NeighbourProtagonists {

    /** Voices of persons named by their office, study or trade of reporting. */
    private static final Set<Voice> OFFICE = EnumSet.of(Voice.OFFICIAL, Voice.RESEARCHER, Voice.JOURNALIST);

    /** Voices of the persons a noun of age or sex alone takes up: former members and kin, not a trade's. */
    private static final Set<Voice> KIN_OR_FORMER = EnumSet.of(Voice.DEFECTOR, Voice.RETURNEE, Voice.RECRUITER,
            Voice.RELATIVE);

    /** How far back (in characters) the person may be named at most, whatever the paragraphs' length. */
    private static final int REACH = 1200;

    /** How far back (in characters) an unnamed person's own description is looked for. */
    private static final int LEAD_REACH = 4000;

    private NeighbourProtagonists() {
    }

    /**
     * The named person the definite description {@code r} stands for when its reading {@code read} left it
     * unnamed: an {@code open} reading that no unnamed last speaker took up (the reading is then {@code open}
     * itself), or one settled on itself or on an unnamed kin description (« Sa mère garde … » … « la mère »), not
     * on an ordinal one; else null.
     */
    static Referent standsFor(SpeakerDocument d, Referent r, Referent read, Referent open) {
        if (read == null || read.person() != null || read.description() == null) {
            return null;
        }
        if (open != null ? read != open : !read.span().equals(r.span())
                && !PossessiveReferents.bundled().kin(d.lang, read.description().role())) {
            return null;
        }
        Referent kept = d.descriptionMemo.neighbour(r);
        if (kept == null) {
            kept = OrdinalDescriptions.ordinal(d, r) ? null : named(d, r);
            d.descriptionMemo.neighbour(r, kept);
        }
        return kept == DescriptionMemo.NO_ONE ? null : kept;
    }

    /**
     * The named person the open definite description {@code r} stands for, as a referent at {@code r}'s span, or
     * null when none or more than one person fits.
     */
    static Referent named(SpeakerDocument d, Referent r) {
        if (r == null || r.person() != null || r.description() == null || !r.description().definite()
                || WithheldNames.bundled().withheld(d, r)) {
            return null; // "the woman – who we are not naming – said": someone unnamed
        }
        int start = r.span().start();
        int paragraph = d.paragraph(start);
        int from = d.paragraphStarts.get(Math.max(0, paragraph - 1));
        int reach = Math.min(REACH, start - from);
        Gender gender = TopicDescriptions.articleGender(r);
        if (gender.equals(Gender.UNKNOWN)) {
            return null;
        }
        Voice described = d.voiceOf(r.description().role());
        Referent kin = IntroducedDescriptions.kinIntroducer(d, r);
        if (kin == null && IntroducedDescriptions.introduced(d, r)) {
            return null; // "un ancien combattant" … "l'ancien combattant": the newcomer, unnamed
        }
        if (OrganisationDescriptions.someoneNew(d, r) || kin == null && unnamedBefore(d, r)) {
            return null; // "Le jeune homme s'assoit …" … "Le jeune homme de Lyon": the unnamed lead
        }
        int after = kin == null ? 0 : kin.span().end(); // "Sa mère garde …" then "Fatiha Ouchène le raconte"
        Referent found = null;
        List<Referent> named = d.referents.namedBefore(start, gender, reach);
        for (Referent p : named) {
            if (!p.gender().compatible(gender) || PossessiveReferents.bundled().otherKinOf(d, r, p.person())
                    || p.span().start() < after) {
                continue; // "Sa fille Leïla" … "la mère": not the daughter
            }
            Voice own = d.voiceOf(p.person().role());
            boolean fits = own == described || own == Voice.UNKNOWN && !OFFICE.contains(described)
                    || described == Voice.UNKNOWN && KIN_OR_FORMER.contains(own) // « la jeune femme » is no trade's
                    || described == Voice.OTHER && own != Voice.JOURNALIST; // « la coordinatrice » … « l'éducatrice »
            if (!fits) {
                continue;
            }
            if (found != null) {
                return null; // two persons the noun may stand for
            }
            found = p;
        }
        if (found == null || introducedSince(d, found, r, gender)) {
            return null;
        }
        return new Referent(r.span(), found.person(), r.description(), found.gender().or(gender));
    }

    /**
     * Whether a definite description of the same noun stood for someone unnamed before {@code r}, within
     * {@link #LEAD_REACH}: the noun is that person's.
     */
    private static boolean unnamedBefore(SpeakerDocument d, Referent r) {
        int start = r.span().start();
        Gender gender = TopicDescriptions.articleGender(r);
        for (Referent q : d.referents.within(Math.max(0, start - LEAD_REACH), start)) {
            if (q.person() == null && q.description() != null && q.description().definite()
                    && q.gender().compatible(gender)
                    && Inflection.shareNoun(q.description().role(), r.description().role(), d.lang)) {
                return true;
            }
        }
        return false;
    }

    /** Whether someone unnamed of {@code gender} is told of between the person's mention and the description. */
    private static boolean introducedSince(SpeakerDocument d, Referent p, Referent r, Gender gender) {
        for (Referent q : d.referents.within(p.span().end(), r.span().start())) {
            if (q.person() == null && q.description() != null && !q.description().definite()
                    && q.gender().compatible(gender) && !PossessiveReferents.bundled().kin(d.lang, q.description().role())) {
                return true; // "… Inès. Une voisine, elle, … la jeune femme": the newcomer
            }
        }
        return false;
    }
}
