package org.retour.speaker;

import java.util.Objects;
import org.retour.model.Token;
import org.retour.person.Gender;
import org.retour.person.Pronoun;
import org.retour.person.PronounLinker;
import org.retour.person.Referents.Referent;
import org.retour.person.Tokens;

/**
 * The rule that a person inside a sentence's opening phrase is no antecedent of the subject pronoun that closes
 * it: in "Speaking in a bare room, with a guard at the door, he said …" or "Sitting beside a soldier, she
 * answered …", the pronoun after the comma is the one who speaks or sits, never the guard or the soldier, and a
 * later pronoun of the same person passes over them too.
 *
 * <p>Immutable and thread-safe.
 */
final class OpeningPhraseComplements {

    private final SubjectRules subjectRules;
    private final PronounLinker pronouns;

    OpeningPhraseComplements(SubjectRules subjectRules, PronounLinker pronouns) {
        this.subjectRules = Objects.requireNonNull(subjectRules);
        this.pronouns = Objects.requireNonNull(pronouns);
    }

    /**
     * Whether {@code r} stands inside the phrase that opens its sentence with a preposition or a participle
     * ({@link SubjectRules#opensPhrase}), which a comma and a singular subject pronoun of {@code p}'s gender
     * close before {@code at}, within {@link PronounSpeakers#OPENER_TOKENS} words of the phrase's end.
     */
    boolean inside(SpeakerDocument d, Referent r, Pronoun p, int at) {
        return inside(d, subjectRules, pronouns, r, p.gender(), at);
    }

    /** As {@link #inside(SpeakerDocument, Referent, Pronoun, int)}, for a pronoun of {@code gender}. */
    static boolean inside(SpeakerDocument d, SubjectRules subjectRules, PronounLinker pronouns, Referent r, Gender gender,
                          int at) {
        int first = d.tokenAt(SpeakerSentences.sentenceStart(d, r.span().start()));
        int k = d.tokenAt(r.span().end());
        if (first >= d.tokens.size() || d.tokens.get(first).start() >= r.span().start()
                || !subjectRules.opensPhrase(d, first)) {
            return false;
        }
        for (int n = 0; k + 1 < d.tokens.size() && n <= PronounSpeakers.OPENER_TOKENS; k++, n++) {
            Token t = d.tokens.get(k);
            if (t.span().end() > at) {
                return false;
            }
            if (Tokens.is(d.text, t, ",")) {
                PronounLinker.Found f = pronouns.pronounIn(d.text, d.tokens, d.lowered, k + 1, d.lang);
                if (f != null) {
                    return !f.pronoun().plural() && f.pronoun().gender().compatible(gender)
                            && d.tokens.get(k + 1).span().end() <= at;
                }
            } else if (!Tokens.isWord(t)) {
                return false;
            }
        }
        return false;
    }
}
