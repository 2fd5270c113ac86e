package org.retour.speaker;

import java.util.Locale;
import org.retour.model.Entity;
import org.retour.model.Mention;
import org.retour.model.Voice;
import org.retour.person.PersonLexicon;
import org.retour.person.Referents.Referent;

/**
 * The protagonist a definite demonym description stands for far from any name (« Luca Bertholet … L'Yverdonnois de
 * 31 ans … », then, paragraphs of pronouns later, « Le Vaudois affirme … »): the person the article names in its first
 * two paragraphs and mentions most, when no office or trade is theirs.
 *
 * <p>Design decision: a demonym names where someone is from, which only the article's subject is worth; a witness or
 * an official is taken up by their role, so only persons without a role, or with a former fighter's or a relative's,
 * qualify.
 *
 * <p>Stateless and thread-safe.
 */
final class DemonymProtagonists {

    /** How many paragraphs from the start of the body may name the protagonist first. */
    static final int LEAD_PARAGRAPHS = 2;

    private static final PersonLexicon LEXICON = PersonLexicon.bundled();

    private DemonymProtagonists() {
    }

    /** The protagonist the definite demonym description {@code r} stands for, or null; {@code subjectRules} tell who acts. */
    static Referent named(SpeakerDocument d, SubjectRules subjectRules, Referent r) {
        if (r.description() == null || !r.description().definite() || r.description().role() == null) {
            return null;
        }
        String role = r.description().role().toLowerCase(Locale.ROOT);
        if (role.indexOf(' ') >= 0 || LEXICON.gender(PersonLexicon.Kind.DEMONYM, role, d.lang) == null) {
            return null;
        }
        Referent best = null;
        int bestCount = 0;
        int second = 0;
        for (Referent p : d.referents.namedBefore(r.span().start(), r.gender(), r.span().start())) {
            if (QuotedNames.only(d, p, r.span().start()) || QuotedNames.spokenOf(d, subjectRules, p, r.span().start())) {
                continue; // « contre Bachar »: a name the quotes hold or the story only speaks of is no protagonist
            }
            int count = mentionsBefore(p.person(), r.span().start());
            if (count > bestCount) {
                second = bestCount;
                bestCount = count;
                best = p;
            } else if (count > second) {
                second = count;
            }
        }
        if (best == null || bestCount == second || d.paragraph(firstName(best.person())) >= LEAD_PARAGRAPHS
                || !DefiniteReferents.OPEN.contains(d.voiceOf(best.person().role()))) {
            return null;
        }
        return new Referent(r.span(), best.person(), r.description(), best.gender().or(r.gender()));
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
