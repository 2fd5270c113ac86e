package org.retour.speaker;

import java.util.List;
import org.retour.model.Token;
import org.retour.person.Referents.Referent;
import org.retour.person.Tokens;

/**
 * The person a sentence opens with, as the subject of the verb of speech it ends on, over one a wider window finds in
 * an earlier sentence (« Karim a été tué en 2017. La jeune femme baisse les yeux avant de raconter. « … » »: the young
 * woman, not Karim).
 *
 * <p>Stateless and thread-safe.
 */
final class OwnSentenceOpeners {

    private OwnSentenceOpeners() {
    }

    /**
     * {@code found} for the cue starting at {@code cueStart}, unless it stands before {@code own}, the start of the cue's
     * sentence, and that sentence's first word opens a person named or described with a definite article there before
     * the cue: then that person. An indefinite description there (« Un détenu aurait raconté que … ») is someone the
     * sentence tells of.
     */
    static Referent subject(SpeakerDocument d, Referent found, int own, int cueStart) {
        if (found == null || found.span().start() >= own) {
            return found;
        }
        int first = d.tokenAt(own);
        while (first < d.tokens.size() && !Tokens.isWord(d.tokens.get(first))) {
            first++;
        }
        if (first >= d.tokens.size()) {
            return found;
        }
        Token head = d.tokens.get(first);
        if (head.span().start() >= cueStart) {
            return found;
        }
        List<Referent> here = d.referents.within(head.span().start(), cueStart);
        if (here.isEmpty() || here.get(0).span().start() != head.span().start()) {
            return found;
        }
        Referent opener = here.get(0);
        return opener.person() != null || opener.description() != null && opener.description().definite() ? opener : found;
    }
}
