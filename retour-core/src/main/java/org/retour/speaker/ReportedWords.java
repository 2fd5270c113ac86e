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
    private final SubjectRules rules;

    /**
     * Nested quotes given to the writers {@code letters} finds, read with the letter words {@code words}; the family
     * a speaker's own relation belongs to is read with {@code rules}.
     */
    ReportedWords(LetterWriters letters, LetterWords words, SubjectRules rules) {
        this.letters = letters;
        this.words = words;
        this.rules = java.util.Objects.requireNonNull(rules);
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
            return q.withAttribution(new Attribution.Contextual(d.speaker(outer)));
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
        return q.withAttribution(new Attribution.Contextual(d.speaker(w)));
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
        int own = ownRelationBefore(d, open);
        if (own >= 0) {
            return ownRelative(d, own, outer, gender); // « Mon fils veut rentrer. Il m'a dit : “…” »: the son, if named
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
                Referent family = LetterKin.family(d, r, outerPerson, open);
                int k = d.tokenAt(r.span().start());
                Referent own = family.person() == null && k < d.tokens.size() && words.kindAt(d, k) == LetterWords.Kind.MINE
                        ? ownRelative(d, k, outer, gender) : null;
                return own != null ? own : family; // « Mon fils veut rentrer. Il m'a dit » of a mother of « son fils Aymen »
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
     * The token of the last first-person possessive ({@code mine} in {@code letters.txt}: « mon », "my", "mein") in
     * the quote's paragraph before {@code open}, or -1.
     */
    private int ownRelationBefore(SpeakerDocument d, int open) {
        int from = d.tokenAt(d.paragraphStarts.get(d.paragraph(open)));
        int last = -1;
        for (int k = from; k < d.tokens.size() && d.tokens.get(k).span().end() <= open; k++) {
            if (Tokens.isWord(d.tokens.get(k)) && words.kindAt(d, k) == LetterWords.Kind.MINE) {
                last = k;
            }
        }
        return last;
    }

    /**
     * The one named relative of the speaker {@code outer} that the kin noun after the possessive at token {@code own}
     * names (« mon fils » of a mother whose son the article names), of the pronoun's {@code gender}; else null (a
     * relation the text does not name, or any other noun, leaves the words unattributed).
     */
    private Referent ownRelative(SpeakerDocument d, int own, Referent outer, Gender gender) {
        if (outer == null || outer.person() == null || own + 1 >= d.tokens.size()) {
            return null;
        }
        FamilyGraph.Relation relation = FamilyGraph.relation(d.lang, d.lower(own + 1));
        if (relation == null) {
            return null;
        }
        FamilyGraph family = d.family(rules);
        Entity found = null;
        for (Entity e : family.kin(outer.person(), relation)) {
            if (family.gender(e).compatible(gender)) {
                if (found != null && found != e) {
                    return null; // two sons: the text must say which
                }
                found = e;
            }
        }
        if (found == null) {
            return null;
        }
        List<Referent> before = d.referents.within(0, d.tokens.get(own).span().start());
        for (int i = before.size() - 1; i >= 0; i--) {
            if (before.get(i).person() == found) {
                return new Referent(before.get(i).span(), found, null, family.gender(found).or(gender));
            }
        }
        return null;
    }
}
