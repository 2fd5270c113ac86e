package org.retour.speaker;

import java.util.List;
import org.retour.model.Entity;
import org.retour.model.Mention;
import org.retour.model.Offsets;
import org.retour.person.Pronoun;
import org.retour.person.Referents.Referent;

/**
 * The person a pronoun cue stands for when its paragraph names them after the last speaker's words, which lie in an
 * earlier paragraph: the only named person there whose gender fits and whom no preposition or verb governs (« À
 * l'association, on refuse de parler de M. Roux, mais l'éducatrice Anne Petit accepte de décrire le parcours. « … »,
 * explique-t-elle »: Anne Petit, not the spokesperson of the paragraph before); when the pronoun's paragraph names no
 * one before it, the paragraph before it, after the last speaker's, names that person last, its other persons
 * being those addressed ("Clarissa, what happens to Ruslan now?" then "Well, he'll be moved to a prison. … He told
 * me, “…”": Ruslan, not the officer quoted before the question).
 *
 * <p>Reads the referents of the pronoun's paragraph: linear in the text. Stateless and thread-safe.
 */
final class NamedSinceLastSpeaker {

    private NamedSinceLastSpeaker() {
    }

    /**
     * The one person named by name (not a description tied to them) before {@code offset} who fits, in the pronoun's sentence or the
     * one before, with no person's pronoun before them in the paragraph and the pronoun outside any quote's marks;
     * else null.
     */
    static Referent named(SpeakerDocument d, SubjectRules rules, int offset, Pronoun p) {
        int own = d.paragraph(offset);
        if (d.lastSpeaker == null || d.lastParagraph >= own
                || QuoteOffsets.insideMarks(d.text, d.paragraphStarts.get(own), offset)) {
            return null; // « “… She said to me, ‘…’” »: a pronoun in someone's words is theirs to resolve
        }
        int paragraph = d.paragraphStarts.get(own);
        int sentence = SpeakerSentences.sentenceStart(d, offset);
        int previous = sentence > paragraph ? SpeakerSentences.sentenceStart(d, sentence - 1) : paragraph;
        List<Referent> near = d.referents.within(Math.max(paragraph, previous), offset);
        int from = paragraph;
        if (own > 0 && d.lastParagraph < own - 1 && d.referents.within(paragraph, offset).isEmpty()) {
            from = d.paragraphStarts.get(own - 1); // "What happens to Ruslan now?" then "Well, he'll be moved … He told me, “…”"
            near = d.referents.within(from, paragraph);
        }
        Referent found = from < paragraph ? lastFitting(d, rules, near, p) : only(d, rules, near, p);
        if (found != null && found.person() == null && found.description() != null
                && DemonstrativeDescriptions.bundled().opens(found.description().text(), d.lang)) {
            Referent topic = DemonstrativeDescriptions.topic(d, rules, found); // « Mehdi Saïdi, lui, est sorti. Ce
            found = topic != null ? topic : found; // Dijonnais de 30 ans … » then « « … », reconnaît-il »: Mehdi Saïdi
        }
        if (found != null && from < paragraph && !fits(d, rules, found, p)) {
            return null; // "Laura Delmas … ne souhaite pas parler à la presse. Sa mère, si.": the one told of last speaks
        }
        return found == null || pronounBefore(d, from, found.span().start()) ? null : found;
    }

    /**
     * Whether {@code r} is a person named by name whose gender fits and whom nothing governs: not "Brandt's
     * daughter", nor "Karim Saleh l'a recruté", where the one owned or acted on is told of.
     */
    private static boolean fits(SpeakerDocument d, SubjectRules rules, Referent r, Pronoun p) {
        return r.person() != null && r.description() == null && r.gender().compatible(p.gender()) && !rules.governed(d, r)
                && !SubjectRules.possessive(d, r) && !rules.earlierObjects().actsOnEarlier(d, r);
    }

    /**
     * The last of {@code refs} whose gender fits the pronoun's, or null; an unnamed person a verb acts on after the
     * subject is passed over ("Amira kept her daughter close." then "“…,” she said": the mother, not the girl), and so
     * is one a preposition governs (« il a accepté de parler, en présence d'un surveillant. » then « « … », dit-il »:
     * the one who spoke, not the guard beside him).
     */
    private static Referent lastFitting(SpeakerDocument d, SubjectRules rules, List<Referent> refs, Pronoun p) {
        for (int i = refs.size() - 1; i >= 0; i--) {
            Referent r = refs.get(i);
            if (r.gender().compatible(p.gender())
                    && !(r.person() == null && (ObjectReferents.isObject(d, r) || rules.governed(d, r)))) {
                return refs.get(i);
            }
        }
        return null;
    }

    /** The one person named by name among {@code refs} who fits and whom nothing governs, or null when none or two do. */
    private static Referent only(SpeakerDocument d, SubjectRules rules, List<Referent> refs, Pronoun p) {
        Referent found = null;
        for (Referent r : refs) {
            if (!fits(d, rules, r, p)) {
                continue;
            }
            if (found != null && found.person() != r.person()) {
                return null; // two persons fit: the other rules decide
            }
            found = r;
        }
        return found;
    }

    /**
     * Whether a person's pronoun stands between {@code from} and {@code to} (« She added that Arta had refused … »:
     * the paragraph goes on about someone else). Each person's mentions are in text order: a binary search apiece.
     */
    private static boolean pronounBefore(SpeakerDocument d, int from, int to) {
        for (Entity e : d.persons) {
            List<Mention> ms = e.mentions();
            int lo = Offsets.firstAtOrAfter(ms, m -> m.span().start(), from);
            for (int i = lo; i < ms.size() && ms.get(i).span().start() < to; i++) {
                if (ms.get(i).kind() == Mention.Kind.PRONOUN) {
                    return true;
                }
            }
        }
        return false;
    }
}
