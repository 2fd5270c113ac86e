package org.retour.speaker;

import java.util.List;
import org.retour.model.Entity;
import org.retour.model.Mention;
import org.retour.person.Pronoun;
import org.retour.person.Referents.Referent;

/**
 * The protagonist a subject pronoun goes back to when a new paragraph opens after a person told of in passing
 * spoke: "Her younger sister, Farah, sits at the other end of the table. … “…”" then, a paragraph on, "She is more
 * guarded when asked why she left. It was not, she insists, the airstrikes." is the woman the article is about, not
 * her sister. A person first named behind a possessive description (« sa sœur, Leïla », "his cousin, Omar") is
 * defined through someone else and holds the floor for their paragraph only. The speaker before them takes it back
 * when they are the article's protagonist (the person named and quoted most often so far) and of the pronoun's
 * gender, and the new paragraph opens with the narrative (not with a quote, which goes on with the words before)
 * where no one else comes up.
 *
 * <p>Reads the mentions of two persons and the referents of one paragraph: linear in the text. Stateless and
 * thread-safe.
 */
final class ProtagonistReturns {

    /** How far before a name (in characters) the possessive description in apposition to it may start. */
    private static final int APPOSED = 40;

    private ProtagonistReturns() {
    }

    /**
     * The speaker before the last whom the pronoun {@code p} at {@code at} stands for instead of {@code last}, or null
     * when {@code last} keeps the floor.
     */
    static Referent back(SpeakerDocument d, SubjectRules rules, int at, Pronoun p, Referent last) {
        Referent other = d.otherSpeaker;
        int paragraph = d.paragraph(at);
        if (last == null || other == null || last.person() == null || other.person() == null
                || other.person() == last.person() || paragraph <= d.lastParagraph
                || !other.gender().compatible(p.gender()) || !inPassing(d, rules, last.person())) {
            return null;
        }
        int start = d.paragraphStarts.get(paragraph);
        if (start < d.text.length() && org.retour.quote.MarkQuoteExtractor.isMark(d.text.charAt(start))) {
            return null; // "Her mother, Samira, … " then "“I told them …,” she said": her words go on
        }
        for (Referent r : d.referents.within(start, at)) {
            if (r.person() != other.person()) {
                return null; // "Her sister, Farah, …" then "Farah, she says, …": someone comes up in the new paragraph
            }
        }
        int own = salience(d, other.person(), at);
        for (Entity e : d.persons) {
            if (e != other.person() && salience(d, e, at) >= own) {
                return null; // "his mother, Bernadette M." after the judge spoke: the judge is no protagonist
            }
        }
        return other;
    }

    /**
     * Whether a person is first mentioned as a possessive description with their name in apposition ("Her younger
     * sister, Farah", « Son cousin, Omar »): someone defined through another.
     */
    private static boolean inPassing(SpeakerDocument d, SubjectRules rules, Entity person) {
        int first = Integer.MAX_VALUE;
        for (Mention m : person.mentions()) {
            first = Math.min(first, m.span().start());
        }
        List<Referent> near = d.referents.within(Math.max(0, first - APPOSED), first + 1);
        for (Referent r : near) {
            if (r.person() == person && r.description() != null && r.span().end() <= first
                    && rules.opensPossessive(d, r.description())) {
                return true;
            }
        }
        return false;
    }

    /** How salient a person is before {@code offset}: the times they were named and the quotes they were given. */
    private static int salience(SpeakerDocument d, Entity person, int offset) {
        int n = d.turns.getOrDefault(person, 0);
        for (Mention m : person.mentions()) {
            n += m.span().start() < offset && m.kind() == Mention.Kind.NAME ? 1 : 0;
        }
        return n;
    }
}
