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
 * explique-t-elle »: Anne Petit, not the spokesperson of the paragraph before).
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
        Referent found = null;
        int paragraph = d.paragraphStarts.get(own);
        int sentence = SpeakerDocument.sentenceStart(d, offset);
        int previous = sentence > paragraph ? SpeakerDocument.sentenceStart(d, sentence - 1) : paragraph;
        for (Referent r : d.referents.within(Math.max(paragraph, previous), offset)) {
            if (r.person() == null || r.description() != null || !r.gender().compatible(p.gender()) || rules.governed(d, r)
                    || SubjectRules.possessive(d, r) || rules.earlierObjects().actsOnEarlier(d, r)) {
                // not "Brandt's daughter", nor "Karim Saleh l'a recruté": the one owned or acted on is told of
                continue;
            }
            if (found != null && found.person() != r.person()) {
                return null; // two persons fit: the other rules decide
            }
            found = r;
        }
        return found == null || pronounBefore(d, d.paragraphStarts.get(own), found.span().start()) ? null : found;
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
