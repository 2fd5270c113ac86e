package org.retour.speaker;

import java.util.List;
import java.util.Objects;
import java.util.function.BiPredicate;
import org.retour.person.Gender;
import org.retour.person.PersonLexicon;
import org.retour.person.Referents.Referent;
import org.retour.person.Tokens;

/**
 * The opening phrase of a sentence and the subject after it: where a phrase opened by an opener word ends ("In
 * messages to his brother,", « Dans sa lettre à sa mère, »), and the person right after the comma that closes an
 * opening participle clause ("Asked by the prosecutor whether he had fought, Malik paused"), past a name set in
 * apposition to the clause's complement.
 *
 * <p>Immutable and thread-safe.
 */
final class OpenerSubjects {

    private final PersonLexicon lexicon;
    /** Whether a person is the complement of a preposition ({@link SubjectRules#governed}). */
    private final BiPredicate<SpeakerDocument, Referent> governed;

    OpenerSubjects(PersonLexicon lexicon, BiPredicate<SpeakerDocument, Referent> governed) {
        this.lexicon = Objects.requireNonNull(lexicon);
        this.governed = Objects.requireNonNull(governed);
    }

    /**
     * Where the opening phrase of the sentence at token {@code k} ends: the start of the comma that closes it within
     * {@link PronounSpeakers#OPENER_TOKENS} tokens, when an opener word opens it ("In messages to his brother,",
     * « Dans sa lettre à sa mère, »); else 0, which no referent ends before.
     */
    int openerEnd(SpeakerDocument d, int k) {
        if (k >= d.tokens.size() || !Tokens.isWord(d.tokens.get(k)) || !lexicon.is(PersonLexicon.Kind.OPENER, d.lower(k), d.lang)) {
            return 0;
        }
        int sentenceEnd = SpeakerSentences.sentenceEnd(d, d.tokens.get(k).span().start());
        for (int i = k + 1; i < d.tokens.size() && i - k <= PronounSpeakers.OPENER_TOKENS
                && d.tokens.get(i).span().end() <= sentenceEnd; i++) {
            if (Tokens.is(d.text, d.tokens.get(i), ",")) {
                return d.tokens.get(i).span().start();
            }
        }
        return 0;
    }

    /**
     * The person right after the comma that closes an opening participle clause ("Asked by the prosecutor
     * whether he had fought, Malik paused", "Interrogé sur ses motivations, Karim B. a répondu"), or null.
     */
    Referent afterOpener(SpeakerDocument d, int k, int offset, Gender gender) {
        if (k >= d.tokens.size() || !Tokens.isWord(d.tokens.get(k))
                || !lexicon.is(PersonLexicon.Kind.OPENER, d.lower(k), d.lang)) {
            return null;
        }
        int sentence = Math.max(0, VoiceContext.sentenceAt(d.sentences, d.tokens.get(k).span().start()));
        int end = d.sentences.get(sentence).span().end();
        boolean apposed = false; // past a name in apposition, the clause may go on to another comma ("…, why he had left, X")
        for (int i = k + 1; i < d.tokens.size() && d.tokens.get(i).span().end() <= Math.min(end, offset); i++) {
            if (Tokens.is(d.text, d.tokens.get(i), ",") && i + 1 < d.tokens.size()) {
                int h = i + 1;
                while (h + 1 < d.tokens.size() && (lexicon.is(PersonLexicon.Kind.PARTICLE, d.tokens.get(h).span().of(d.text),
                        d.lang) || lexicon.is(PersonLexicon.Kind.HONORIFIC, d.tokens.get(h).span().of(d.text), d.lang))) {
                    h++; // "Asked whether …, de Wolff was blunt", "In an interview …, Ms Rahman said": particle, title
                    if (h + 1 < d.tokens.size() && Tokens.is(d.text, d.tokens.get(h), ".")) {
                        h++; // "Mr." written with its full stop
                    }
                }
                int from = d.tokens.get(i + 1).span().start(); // a name may start with its title ("Me Julie Ferrand")
                List<Referent> next = d.referents.within(from, Math.min(end, offset));
                Referent r = next.isEmpty() ? null : next.get(0);
                boolean subject = r != null && (r.span().start() == d.tokens.get(h).span().start() || r.span().start() == from);
                if (subject && next.size() > 1 && Tokens.possessiveAt(d.text, r.span().end())) {
                    r = next.get(1); // "Outside court, Mr. Haddad's father, Nabil Haddad, said": the father, not his son
                }
                if (subject && (governed.test(d, r) || apposedToComplement(d, i, r))) {
                    apposed = true; // "Debout face à la présidente, Anne Verstraeten, le prévenu a …", "Asked by his
                                    // own barrister, Daniel Whitfield, why …, the 29-year-old said"
                    i = d.tokenAt(r.span().end()) - 1;
                    continue;
                }
                if (!subject && apposed) {
                    continue;
                }
                return subject && r.gender().compatible(gender) ? r : null;
            }
        }
        return null;
    }

    /**
     * Whether the person right after the comma at token {@code comma} inside an opening clause is set in
     * apposition to the clause's last noun of a person, not the sentence's subject: a comma follows the
     * name and a head noun ends the clause ("Asked by his own barrister, Daniel Whitfield, why …, the
     * 29-year-old said", "Interrogée par son avocate, Me Nathalie Gallant, la trentenaire a nié").
     */
    private boolean apposedToComplement(SpeakerDocument d, int comma, Referent r) {
        int after = d.tokenAt(r.span().end());
        while (after + 1 < d.tokens.size() && postNominal(d, after)) {
            after++; // "his barrister, Michael Doyle SC, the father of two": the letters after the name
        }
        int h = comma - 1;
        return after < d.tokens.size() && Tokens.is(d.text, d.tokens.get(after), ",") && h >= 0
                && Tokens.isWord(d.tokens.get(h)) && lexicon.head(d.lower(h), d.lang) != null;
    }

    /**
     * Whether token {@code k} is a word of two or three capitals that may follow a name (SC, QC, KC, MP): letters
     * of rank or office, not a new word of the sentence.
     */
    private static boolean postNominal(SpeakerDocument d, int k) {
        org.retour.model.Token t = d.tokens.get(k);
        int length = t.span().end() - t.span().start();
        if (!Tokens.isWord(t) || length < 2 || length > 3) {
            return false;
        }
        for (int i = t.span().start(); i < t.span().end(); i++) {
            if (!Character.isUpperCase(d.text.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
