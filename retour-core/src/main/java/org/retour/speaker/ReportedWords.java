package org.retour.speaker;

import java.util.List;
import java.util.function.UnaryOperator;
import org.retour.model.Attribution;
import org.retour.model.Entity;
import org.retour.model.Quote;
import org.retour.person.Gender;
import org.retour.person.Pronoun;
import org.retour.person.Referents.Referent;
import org.retour.person.Tokens;

/**
 * The speakers of nested quotes: the words a quote's speaker reports someone else said or wrote ("He said,
 * ‘Get me out’", « Il me disait : “Maman, …” »), with the letter writers of {@link LetterWriters} and the letter and message words of {@link LetterWords}.
 *
 * <p>Stateless and thread-safe, as {@link LetterWriters} and {@link LetterWords} are.
 */
final class ReportedWords {

    private final LetterWriters letters;
    private final LetterWords words;

    /** Nested quotes given to the writers {@code letters} finds, read with the letter words {@code words}. */
    ReportedWords(LetterWriters letters, LetterWords words) {
        this.letters = letters;
        this.words = words;
    }

    /**
     * A nested quote: unattributed (the words its speaker reports), unless it addresses a parent ("Il m'a
     * écrit : “Maman, …”"), when it goes to the writer the speaker {@code outer} of its quote speaks of, of
     * the cue pronoun's {@code gender} ("elle a écrit", "She said"), or unless a cue of the third-person
     * pronoun {@code reporting} (null when none) ends right before it ("She told me, ‘…’"), when it goes to
     * the person that pronoun stands for (see {@link #reported}). Words after a first-person {@code cue}
     * ("Every night I said, ‘…’", « Je lui ai dit : “…” ») are the speaker's own.
     */
    Quote nested(SpeakerDocument d, Quote q, Referent outer, Gender gender, Pronoun reporting, CueMatch cue,
                 UnaryOperator<Referent> named) {
        if (outer != null && ownCue(d, cue)) {
            return new Quote(q.id(), q.span(), q.text(), q.partial(), q.parent(), q.language(),
                    new Attribution.Contextual(d.speaker(outer)));
        }
        boolean parent = letters.addressesParent(d, q.span().start(), q.span().end());
        if (!parent && reporting == null) {
            return q;
        }
        int open = QuoteOffsets.openMark(d.text, q.span());
        Referent w;
        if (parent) {
            if (reporting != null) {
                Referent near = nearestOfGender(d, open, outer, reporting.gender(), named);
                if (near != null && near.person() == null && !words.childWords(d, near.description().role())) {
                    return q; // « ce qu'un émir lui a répondu : “Il m'a dit : ‘Ton père, …’” »
                }
                // « Il me disait : “Maman, …” »: the pronoun before its object gives the gender the cue leaves open
                gender = gender == Gender.UNKNOWN ? reporting.gender() : gender;
            }
            w = letters.writer(d, open, outer, gender, named);
        } else {
            w = reported(d, open, outer, reporting.gender(), named);
        }
        if (w == null) {
            return q;
        }
        d.writers.add(w.person() != null ? w.person() : w.description());
        return new Quote(q.id(), q.span(), q.text(), q.partial(), q.parent(), q.language(),
                new Attribution.Contextual(d.speaker(w)));
    }

    /**
     * The person whose words the speaker {@code outer} of a quote reports after a cue of a third-person
     * pronoun of {@code gender} ("He said, ‘…’", "« Il me disait : “…” »"), or null when they stay unnamed:
     * the nearest person of that gender before the nested quote in its paragraph other than the speaker
     * (a child or sibling described there is the one who bears the speaker's family name); an unnamed one
     * of the pronoun's gender ("a woman from the hisba", "The emir of his unit") or a relation the speaker names in their own
     * words before it (« Mon mari … Il a dit à son émir : “…” ») leaves the words unattributed. With
     * nobody in the paragraph, the writer the speaker speaks of (see {@link LetterWriters#writer}).
     */
    private Referent reported(SpeakerDocument d, int open, Referent outer, Gender gender, UnaryOperator<Referent> named) {
        int paragraph = d.paragraph(open);
        Referent r = nearestOfGender(d, d.paragraphStarts.get(paragraph), open, outer, gender, named);
        if (r != null) {
            return r.person() != null ? r : null;
        }
        if (ownRelationBefore(d, open)) {
            return null;
        }
        Referent w = letters.writer(d, open, outer, gender, named);
        if (w != null || paragraph == 0) {
            return w;
        }
        // "That mother, Nasreen Ali, keeps a photo of her son." then "“… he would say, ‘Mum, …’”": the one the paragraph
        // before tells of, when the speaker's own paragraph names no one
        Referent before = nearestOfGender(d, d.paragraphStarts.get(paragraph - 1), d.paragraphStarts.get(paragraph), outer,
                gender, named);
        return before != null && before.person() != null ? before : null;
    }

    /**
     * The nearest person of {@code gender} before {@code open} in its paragraph other than the speaker
     * {@code outer} (nor a definite description standing for them: "Le sexagénaire"): a named person, the
     * one who bears the speaker's family name for a child or sibling described ("her brother"), else an
     * unnamed person of that gender ("un émir"); null when there is none.
     */
    private Referent nearestOfGender(SpeakerDocument d, int open, Referent outer, Gender gender,
                                     UnaryOperator<Referent> named) {
        return nearestOfGender(d, d.paragraphStarts.get(d.paragraph(open)), open, outer, gender, named);
    }

    /** As {@link #nearestOfGender(SpeakerDocument, int, Referent, Gender, UnaryOperator)}, in {@code [from, open)}. */
    private Referent nearestOfGender(SpeakerDocument d, int from, int open, Referent outer, Gender gender,
                                     UnaryOperator<Referent> named) {
        Entity outerPerson = outer == null ? null : outer.person();
        List<Referent> before = d.referents.within(from, open);
        for (int i = before.size() - 1; i >= 0; i--) {
            Referent r = before.get(i);
            if (LetterKin.same(r, outer) || r.person() != null && r.person() == outerPerson || !r.gender().compatible(gender)) {
                continue;
            }
            if (r.person() != null) {
                return r;
            }
            if (r.gender() == Gender.UNKNOWN) {
                continue; // "a Turkish phone number": no one of the pronoun's gender
            }
            Referent standsFor = named.apply(r);
            if (outerPerson != null && standsFor.person() == outerPerson || LetterKin.same(standsFor, outer)) {
                continue; // "Son père, Abdelkader Benali, … Le sexagénaire": the speaker
            }
            if (standsFor.person() != null) {
                return standsFor; // « La mère de l'accusé » … « Il me disait »: the accused named before
            }
            if (words.childWords(d, r.description().role())) {
                return LetterKin.family(d, r, outerPerson, open);
            }
            return r;
        }
        return null;
    }

    /**
     * Whether a first-person singular subject ({@code self} in {@code letters.txt}) stands right after the
     * cue's verb ("sagte ich") or among the three words before it, with no punctuation between ("I said",
     * « Je lui ai dit »).
     */
    private boolean ownCue(SpeakerDocument d, CueMatch cue) {
        if (cue == null) {
            return false;
        }
        int after = cue.last() + 1;
        if (after < d.tokens.size() && Tokens.isWord(d.tokens.get(after))
                && words.kindAt(d, after) == LetterWords.Kind.SELF) {
            return true;
        }
        for (int k = cue.first() - 1; k >= Math.max(0, cue.first() - 3) && Tokens.isWord(d.tokens.get(k)); k--) {
            if (words.kindAt(d, k) == LetterWords.Kind.SELF) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a first-person possessive ({@code mine} in {@code letters.txt}: « mon », "my", "mein") stands in
     * the quote's paragraph before {@code open}.
     */
    private boolean ownRelationBefore(SpeakerDocument d, int open) {
        int from = d.tokenAt(d.paragraphStarts.get(d.paragraph(open)));
        for (int k = from; k < d.tokens.size() && d.tokens.get(k).span().end() <= open; k++) {
            if (Tokens.isWord(d.tokens.get(k)) && words.kindAt(d, k) == LetterWords.Kind.MINE) {
                return true;
            }
        }
        return false;
    }
}
