package org.retour.speaker;

import org.retour.person.Gender;
import org.retour.person.Pronoun;
import org.retour.person.PronounLinker;
import org.retour.person.Referents.Referent;
import org.retour.person.Tokens;

/**
 * The subject a pronoun that opens a sentence carries on from the sentence before it: "Au bout d'un mois, l'émir nous
 * a réunis. Il a dit : « … »". When the sentence before opens inside a quote, its subject is the one who said that
 * quote, never a person named in the words (« « … Il a marché trois jours », a-t-elle plaidé. Elle a ajouté : »).
 * When the quote opens its paragraph, the last sentence of the paragraph before may open with the pronoun
 * (« L'accusé cherche ses mots. Il décrit ses premiers mois à Raqqa. » then « « … », poursuit-il »).
 *
 * <p>Reads at most three sentences. Stateless and thread-safe.
 */
final class ChainedSubjects {

    private ChainedSubjects() {
    }

    /**
     * The subject of the sentence before a sentence that opens with the same pronoun, when the quote's
     * sentence or the one right before it opens with that pronoun: "Au bout d'un mois, l'émir nous a réunis.
     * Il a dit : « … »", "Son émir … réunit les combattants. Il leur annonce que … « … », leur a-t-il dit". A
     * pronoun that opens a sentence continues the subject of the sentence before; else null. The pronoun itself
     * stands at {@code at}, in the quote's sentence at {@code offset} or after it.
     */
    static Referent before(SpeakerDocument d, PronounLinker pronouns, int offset, int at, Pronoun p,
                           QuestionTurns.SubjectReader subject) {
        int paragraph = d.paragraphStarts.get(d.paragraph(offset));
        int own = SpeakerSentences.sentenceStart(d, offset);
        int opened = opensWith(d, pronouns, own, p) ? own : -1;
        if (opened < 0) {
            int previous = SpeakerSentences.previousSentenceStart(d, own, paragraph);
            opened = previous >= 0 && opensWith(d, pronouns, previous, p) ? previous : -1;
        }
        int told = opened < 0 ? QuoteOpenedParagraphs.topicOffset(d, at) : at;
        if (told != at) { // « L'accusé cherche ses mots. Il décrit … » then « « … », poursuit-il »: the paragraph
            int last = SpeakerSentences.sentenceStart(d, told); // before tells who speaks when the quote opens its own
            paragraph = d.paragraphStarts.get(d.paragraph(told));
            boolean ownWords = d.quotes.after(last, told - last) != null; // "He was released, Dodi said, “thinner
            opened = opensWith(d, pronouns, last, p) && !ownWords ? last : -1; // than a broom”.": someone else's words
        }
        if (opened <= paragraph) {
            return null;
        }
        int before = SpeakerSentences.sentenceStart(d, opened - 1);
        if (before < paragraph || before >= opened || opensWith(d, pronouns, before, p)) {
            return null;
        }
        if (opensQuoted(d, before)) { // "« … », a-t-elle plaidé. Elle a ajouté :": the one who said it, no one inside
            Referent said = d.lastEnd > before && d.lastEnd <= opened ? d.lastSpeaker : null;
            return said != null && said.gender().compatible(p.gender()) ? said : null;
        }
        Referent r = subject.read(before, opened);
        if (r != null && told != at && namesAnother(d, r, before, opened)) {
            return null; // "The second man had been in Syria with Omar Haddad. He said …", "That social worker was
        } // Arta Sulejmani. She …": a name in that sentence may be whom the pronoun goes on with
        if (r != null && told != at && r.person() != null && r.description() != null) {
            r = new Referent(r.span(), r.person(), null, r.gender()); // the person the description was tied to
        }
        return r != null && r.gender().compatible(p.gender())
                && !DeadSubjects.dead(d, r) ? r : null; // "One of them is now dead. He says …": not the dead friend
    }

    /** Whether {@code text[from, to)} names a person other than the one {@code r} is. */
    private static boolean namesAnother(SpeakerDocument d, Referent r, int from, int to) {
        for (Referent x : d.referents.within(from, to)) {
            if (x.person() != null && x.person() != r.person()) {
                return true;
            }
        }
        return false;
    }

    /** Whether the first word of the sentence at {@code start} lies inside a quote. */
    private static boolean opensQuoted(SpeakerDocument d, int start) {
        for (int k = d.tokenAt(start); k < d.tokens.size(); k++) {
            if (Tokens.isWord(d.tokens.get(k))) {
                return d.quoted(d.tokens.get(k).span());
            }
        }
        return false;
    }

    /** Whether the sentence at {@code start} opens with a singular subject pronoun of {@code p}'s gender. */
    private static boolean opensWith(SpeakerDocument d, PronounLinker pronouns, int start, Pronoun p) {
        int k = d.tokenAt(start);
        if (k >= d.tokens.size()) {
            return false;
        }
        PronounLinker.Found f = pronouns.pronounIn(d.text, d.tokens, d.lowered, k, d.lang);
        return f != null && !f.pronoun().plural() && f.pronoun().gender() == p.gender() && p.gender() != Gender.UNKNOWN
                && !d.quoted(f.span());
    }
}
