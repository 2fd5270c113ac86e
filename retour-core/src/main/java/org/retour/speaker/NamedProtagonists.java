package org.retour.speaker;

import java.util.Locale;
import org.retour.model.Entity;
import org.retour.model.Mention;
import org.retour.model.Voice;
import org.retour.person.PersonLexicon;
import org.retour.person.Referents.Referent;

/**
 * The protagonist a definite description that says only where someone is from, or their age or sex, stands for far from
 * any name (« Luca Bertholet … », then, paragraphs of pronouns later, « Le Vaudois affirme … », « la jeune femme a vécu
 * … »): the person the article names in its first two paragraphs and mentions most, counting each quote given to them
 * so far as one more mention, when no office or trade is theirs.
 *
 * <p>Design decision: such a noun tells only what the article's subject is worth being called by; a witness or an
 * official is taken up by their role, so only persons without a role, or with a former fighter's or a relative's,
 * qualify.
 *
 * <p>Stateless and thread-safe.
 */
final class NamedProtagonists {

    /** How many paragraphs from the start of the body may name the protagonist first. */
    static final int LEAD_PARAGRAPHS = 2;

    private static final PersonLexicon LEXICON = PersonLexicon.bundled();

    /** The voices a protagonist's role may give: none, a former fighter's or a relative's; no trade ("éducateur"). */
    private static final java.util.Set<Voice> PROTAGONISTS = java.util.EnumSet.of(Voice.UNKNOWN, Voice.DEFECTOR,
            Voice.RETURNEE, Voice.RECRUITER, Voice.RELATIVE);

    private NamedProtagonists() {
    }

    /** The protagonist the definite description {@code r} stands for, or null; {@code subjectRules} tell who acts. */
    static Referent named(SpeakerDocument d, SubjectRules subjectRules, Referent r) {
        if (r.description() == null || !r.description().definite() || r.description().role() == null) {
            return null;
        }
        String role = r.description().role().toLowerCase(Locale.ROOT);
        boolean demonym = role.indexOf(' ') < 0 && LEXICON.gender(PersonLexicon.Kind.DEMONYM, role, d.lang) != null;
        if (!demonym && !d.descriptionMemo.ages(r.description().role(), d.lang).plain()) {
            return null;
        }
        if (introducedBefore(d, r, true)) {
            return null; // « Le patron de l'atelier … tranche le quinquagénaire »; « Ahmed Harrouch … a glissé le septuagénaire »
        }
        Referent best = null;
        int bestCount = 0;
        int second = 0;
        for (Referent p : d.referents.namedBefore(r.span().start(), r.gender(), r.span().start())) {
            if (QuotedNames.only(d, p, r.span().start()) || QuotedNames.spokenOf(d, subjectRules, p, r.span().start())) {
                continue; // « contre Bachar »: a name the quotes hold or the story only speaks of is no protagonist
            }
            int count = mentionsBefore(p.person(), r.span().start()) + d.turns.getOrDefault(p.person(), 0); // and the words given them so far
            if (count > bestCount) {
                second = bestCount;
                bestCount = count;
                best = p;
            } else if (count > second) {
                second = count;
            }
        }
        if (best == null || bestCount == second || d.paragraph(firstName(best.person())) >= LEAD_PARAGRAPHS
                || !PROTAGONISTS.contains(d.voiceOf(best.person().role()))) {
            return null;
        }
        return new Referent(r.span(), best.person(), r.description(), best.gender().or(r.gender()));
    }

    /**
     * Whether someone is brought in outside quotes in the paragraph of {@code r} before it, of whatever gender:
     * described and unnamed (« Une source sécuritaire que nous avons interrogée … soutient notre interlocuteur »), or,
     * when a {@code protagonist} is sought, described or named and holding no office (« Le patron de l'atelier …
     * tranche le quinquagénaire »; a judge who questions, « Le président feuillette le dossier », is no such person).
     * Such a person, not one from further back, is whom {@code r} takes up.
     */
    static boolean introducedBefore(SpeakerDocument d, Referent r, boolean protagonist) {
        int from = d.paragraphStarts.get(d.paragraph(r.span().start()));
        for (Referent x : d.referents.within(from, r.span().start())) {
            if (d.quoted(x.span()) || x.description() == r.description()) {
                continue;
            }
            if (x.person() == null && x.description() != null
                    && (!protagonist || DefiniteReferents.OPEN.contains(d.voiceOf(x.description().role())))
                    || protagonist && x.person() != null && x.description() == null && nameAt(x)
                    && DefiniteReferents.OPEN.contains(d.voiceOf(x.person().role()))) {
                return true;
            }
        }
        return false;
    }

    /** Whether a referent is a mention of its person by name, not by a pronoun. */
    static boolean nameAt(Referent x) {
        for (Mention m : x.person().mentions()) {
            if (m.span().equals(x.span())) {
                return m.kind() == Mention.Kind.NAME;
            }
        }
        return false;
    }

    private static int mentionsBefore(Entity person, int offset) {
        int n = 0;
        for (Mention m : person.mentions()) {
            n += m.span().start() < offset ? 1 : 0;
        }
        return n;
    }

    private static int firstName(Entity person) {
        int first = Integer.MAX_VALUE;
        for (Mention m : person.mentions()) {
            if (m.kind() == Mention.Kind.NAME) {
                first = Math.min(first, m.span().start());
            }
        }
        return first == Integer.MAX_VALUE ? 0 : first;
    }
}
