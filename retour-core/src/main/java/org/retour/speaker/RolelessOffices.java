package org.retour.speaker;

import java.util.List;
import org.retour.model.Entity;
import org.retour.model.Mention;
import org.retour.person.Referents.Referent;

/**
 * The person an office description after its cue's verb stands for when the text gave them no role: the last person
 * named before it and the only one its paragraph names outside quotes (« Une lecture que rejette Markus Eberl (PPE,
 * Allemagne). « … », a lancé l'eurodéputé bavarois »), or that opens the sentence right after the one naming them
 * (« Stijn Verhaegen trie les rendez-vous. Le coordinateur du service suit 45 jeunes »), unless a relative clause or
 * a pronoun object makes it someone else (« La vice-présidente qui présidait la séance a dû l'interrompre »). A person
 * whose role is given is taken up by that role.
 *
 * <p>Stateless and thread-safe.
 */
final class RolelessOffices {

    /** How many tokens after a description a pronoun object may stand for the person before it. */
    private static final int OBJECT_REACH = 8;

    /** Pronoun objects that stand for someone other than the subject. */
    private static final java.util.Set<String> OBJECTS = java.util.Set.of("l'", "l’", "lui", "him", "ihn", "ihm");

    private RolelessOffices() {
    }

    /**
     * Whether the office description {@code r} takes up {@code p}, the first of {@code candidates} (the persons named
     * before it, nearest first).
     */
    static boolean takesUp(SpeakerDocument d, Referent p, Referent r, List<Referent> candidates) {
        if (p.person().role() != null || candidates.isEmpty() || candidates.get(0) != p) {
            return false;
        }
        int at = r.span().start();
        int before = QuoteOffsets.lastNonBlankBefore(d.text, at);
        boolean afterVerb = before >= 0 && Character.isLowerCase(d.text.charAt(before));
        if (!afterVerb && !opensNextSentence(d, p, r, at)) {
            return false; // after its verb (« a lancé l'eurodéputé »), not a sentence's subject (« La directrice me disait »)
        }
        int paragraph = d.paragraph(at);
        boolean named = false;
        for (Entity e : d.persons) {
            for (Mention m : e.mentions()) {
                if (m.span().start() < at && m.kind() == Mention.Kind.NAME
                        && d.paragraph(m.span().start()) == paragraph && !d.quoted(m.span())) { // not « madame Lahlou » in a quote
                    if (e != p.person()) {
                        return false; // two persons named in the paragraph: the office may be either's
                    }
                    named = true;
                }
            }
        }
        return named;
    }

    /**
     * Whether the description {@code r} at {@code at} opens the sentence right after one that names {@code p}, in the
     * same paragraph (« Stijn Verhaegen trie les rendez-vous. Le coordinateur du service de prévention suit 45
     * jeunes »).
     */
    private static boolean opensNextSentence(SpeakerDocument d, Referent p, Referent r, int at) {
        int start = SpeakerSentences.sentenceStart(d, at);
        if (start != at || start == 0) {
            return false;
        }
        int previous = SpeakerSentences.sentenceStart(d, start - 1);
        if (d.paragraph(previous) != d.paragraph(at)) {
            return false;
        }
        boolean named = false;
        for (Mention m : p.person().mentions()) {
            named |= m.kind() == Mention.Kind.NAME && m.span().start() >= previous && m.span().end() <= start;
        }
        return named && !actsOnAnother(d, r);
    }

    /**
     * Whether the description {@code r} is someone other than the person before it: a relative clause right after it
     * tells who it is (« La vice-présidente qui présidait la séance »), or a pronoun object within a few words stands
     * for that person (« … a dû l'interrompre », "told him").
     */
    private static boolean actsOnAnother(SpeakerDocument d, Referent r) {
        int k = d.tokenAt(r.span().end());
        int end = Math.min(d.tokens.size(), k + OBJECT_REACH);
        for (int i = k; i < end; i++) {
            String w = d.lower(i);
            if (i == k && d.relativePronoun(w) || OBJECTS.contains(w)) {
                return true;
            }
            if (!org.retour.person.Tokens.isWord(d.tokens.get(i)) && ".!?;".contains(d.tokens.get(i).span().of(d.text))) {
                break;
            }
        }
        return false;
    }
}
