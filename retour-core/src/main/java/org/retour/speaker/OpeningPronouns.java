package org.retour.speaker;

import org.retour.model.Sentence;
import org.retour.model.Token;
import org.retour.person.Gender;
import org.retour.person.Pronoun;
import org.retour.person.PronounLinker;
import org.retour.person.Referents.Referent;
import org.retour.person.Tokens;

/**
 * The subject pronoun that opens the last sentence before a pronoun cue, after the person of its gender named last:
 * the cue's pronoun goes on with the same person ("Abdelkader attend un passeur qui ne vient pas. Il a quitté l'EI en
 * 2016." then "« … », dit-il": the man the earlier « Il » stands for, not the smuggler; "Tariq waits for a lawyer who
 * never calls. He left Syria in 2017." then "“…,” he said"). A pronoun that carries the subject on from sentence to
 * sentence keeps it, and the person named last between them is only its object.
 *
 * <p>Looks at the sentences of the cue's paragraph and of the one before: linear in them. Stateless and thread-safe.
 */
final class OpeningPronouns {

    private OpeningPronouns() {
    }

    /**
     * The subject pronoun of {@code p}'s gender and number opening the last sentence that starts after {@code named}
     * and before {@code to}, outside quotes, in the paragraph of {@code to} or the one before it; else null.
     */
    static PronounLinker.Found after(SpeakerDocument d, PronounLinker pronouns, Referent named, int to, Pronoun p) {
        if (named == null || p.plural() || p.gender() == Gender.UNKNOWN) {
            return null;
        }
        int own = d.paragraph(to);
        int from = Math.max(named.span().end(), d.paragraphStarts.get(Math.max(0, own - 1)));
        for (int i = Sentence.indexStartingBefore(d.sentences, to - 1); i >= 0; i--) {
            int start = d.sentences.get(i).span().start();
            if (start < from) {
                return null;
            }
            int k = d.tokenAt(start);
            while (k < d.tokens.size() && !Tokens.isWord(d.tokens.get(k)) && d.tokens.get(k).span().start() < to) {
                k++;
            }
            if (k >= d.tokens.size() || d.tokens.get(k).span().start() >= to) {
                continue;
            }
            Token t = d.tokens.get(k);
            PronounLinker.Found f = pronouns.pronounIn(d.text, d.tokens, d.lowered, k, d.lang);
            if (f != null && !f.pronoun().plural() && f.pronoun().gender() == p.gender() && !d.quoted(t.span())) {
                return f;
            }
        }
        return null;
    }
}
