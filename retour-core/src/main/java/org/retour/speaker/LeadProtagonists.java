package org.retour.speaker;

import java.util.List;
import org.retour.model.Span;
import org.retour.person.Referents.Referent;
import org.retour.person.Tokens;

/**
 * The unnamed person a feature opens on with a definite description ("Der junge Mann sitzt in einem
 * Besprechungsraum …", « Le jeune homme s'assoit … », "The young man sits …"): a later definite description of
 * the same noun takes them up, not a person named since with another role.
 *
 * <p>Stateless and thread-safe.
 */
final class LeadProtagonists {

    private LeadProtagonists() {
    }

    /**
     * The unnamed person the document's first sentence opens on, as the definite description {@code r} that
     * takes them up, else null: that sentence's first referent is a definite description tied to no name, of the same noun
     * and a compatible gender, nobody is named in the rest of its paragraph, and no person named between them
     * has a role of that noun.
     */
    static Referent takenUp(SpeakerDocument d, Referent r) {
        if (d.sentences.isEmpty() || r.description() == null || !r.description().definite()) {
            return null;
        }
        Span first = d.sentences.get(0).span();
        if (r.span().start() < first.end()) {
            return null;
        }
        List<Referent> opening = d.referents.within(first.start(), first.end());
        if (opening.isEmpty()) {
            return null;
        }
        Referent lead = opening.get(0);
        int head = d.tokenAt(first.start());
        while (head < d.tokens.size() && !Tokens.isWord(d.tokens.get(head))) {
            head++;
        }
        if (lead.person() != null || lead.description() == null || !lead.description().definite()
                || !lead.gender().compatible(r.gender()) || head >= d.tokens.size()
                || lead.span().start() - d.tokens.get(head).span().start() > DATELINE
                || !Inflection.shareNoun(lead.description().role(), r.description().role(), d.lang)) {
            return null;
        }
        int paragraph = d.paragraph(lead.span().start());
        int paragraphEnd = d.paragraphEnd(paragraph);
        for (Referent n : d.referents.within(lead.span().end(), r.span().start())) {
            if (n.person() != null && (n.span().start() < paragraphEnd // "Der Angeklagte spricht leise. Mehmet K., 24, …"
                    || Inflection.shareNoun(n.person().role(), r.description().role(), d.lang))) {
                return null;
            }
        }
        return new Referent(r.span(), null, lead.description(), lead.gender().or(r.gender()));
    }

    /** How far into the first sentence its opening description may start, past a dateline ("Berlin - "). */
    private static final int DATELINE = 40;
}
