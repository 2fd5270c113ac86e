package org.retour.speaker;

import org.retour.person.Referents.Referent;

/**
 * The person a question in marks is put to when no one else has spoken yet and a verb of asking cues it: read from its
 * own sentence, its paragraph or the one before, or the first person the text names.
 *
 * <p>Immutable and thread-safe.
 */
final class QuestionAddressees {

    private final Exchanges exchanges;
    private final SubjectRules subjectRules;

    QuestionAddressees(Exchanges exchanges, SubjectRules subjectRules) {
        this.exchanges = exchanges;
        this.subjectRules = subjectRules;
    }

    /**
     * The one a question in marks that a verb of asking cues is put to when no one else has spoken yet: the person
     * named after its verb of asking, in its sentence ("« … ? », demande le juge à Amine R."), else the last person
     * mentioned before the quote in its paragraph (or the paragraph before, when the quote opens its own) who is
     * neither the asker nor a preposition's complement ("le jeune homme s'est présenté devant le juge … « Pourquoi
     * êtes-vous parti ? », lui a demandé le magistrat": the young man); else the first person the text names before
     * the quote who is not the asker (« Romain D., 36 ans, comparaissait … » then « « Pourquoi ne pas avoir prévenu ? »,
     * interroge la présidente »); else null.
     */
    Referent putTo(SpeakerDocument d, int open, int afterFirst, int afterLast, Referent asker,
                   java.util.function.UnaryOperator<Referent> named) {
        int k = exchanges.ask(d, afterFirst, afterLast);
        if (k >= 0) {
            int after = d.tokens.get(k).span().end();
            for (Referent r : d.referents.within(after, SpeakerSentences.sentenceEnd(d, after))) {
                Referent n = named.apply(r);
                if (!SpeakerDocument.same(n, asker) && !SpeakerDocument.same(r, asker)) {
                    return n;
                }
            }
        }
        int paragraph = d.paragraph(open);
        boolean opens = QuoteOffsets.blank(d.text, d.paragraphStarts.get(paragraph), open);
        java.util.List<Referent> before = d.referents.within(d.paragraphStarts.get(opens && paragraph > 0 ? paragraph - 1
                : paragraph), open); // "“Why did you go?” the judge asked him.": the paragraph before names him
        for (int i = before.size() - 1; i >= 0; i--) {
            Referent r = before.get(i);
            Referent n = named.apply(r);
            if (SpeakerDocument.same(n, asker) || SpeakerDocument.same(r, asker)) {
                continue;
            }
            if (!subjectRules.governed(d, r) && !SubjectRules.possessive(d, r)) {
                return n;
            }
        }
        for (Referent r : d.referents.within(0, open)) { // the court's first question, put to the person the report opens on
            Referent n = named.apply(r);
            if (n.person() != null && !SpeakerDocument.same(n, asker) && !SpeakerDocument.same(r, asker)) {
                return n;
            }
        }
        return null;
    }
}
