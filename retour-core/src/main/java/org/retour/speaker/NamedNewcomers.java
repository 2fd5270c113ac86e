package org.retour.speaker;

import java.util.List;
import org.retour.model.Mention;
import org.retour.model.Voice;
import org.retour.person.Referents.Referent;

/**
 * The named newcomer an epithet after a quote stands for: a person named for the first time at the head of the
 * sentence before the quote's, in its paragraph or at the end of the one before ("Outside court, his sister Samira
 * Hamadi, 33, said …" then "“…,” the nurse told the Mirror"; « Sa voisine, Joséphine Lacombe, affirme que … »
 * then « « … », raconte la sexagénaire »). News introduces a voice by name and role, then takes it up by
 * another noun; the person the story spoke of before is no longer the one who speaks.
 *
 * <p>The newcomer must say something in that sentence, a verb of speech after the name. Only an epithet that
 * tells no office takes the newcomer up ("the nurse", « la sexagénaire »), and only a newcomer who holds none:
 * the judge who asks is not "the woman" who answers. Stateless and thread-safe.
 */
final class NamedNewcomers {

    private NamedNewcomers() {
    }

    /**
     * The newcomer the description {@code r} (of voice {@code described}) stands for, as a referent at {@code r}'s
     * span, or null.
     */
    static Referent named(SpeakerDocument d, SpeechCues cues, Referent r, Voice described) {
        if (described != Voice.UNKNOWN && described != Voice.OTHER) {
            return null;
        }
        QuoteSentences.Before before = QuoteSentences.before(d, r.span().start());
        if (before == null) {
            return null;
        }
        int previous = before.from();
        int own = before.to();
        List<Referent> refs = d.referents.within(previous, own);
        Referent first = refs.isEmpty() ? null : refs.get(0);
        if (first == null || first.person() == null || !first.gender().compatible(r.gender())
                || d.quoted(first.span()) || !introducedAt(first, previous) || !speaks(d, cues, first, own)) {
            return null;
        }
        Voice introduced = d.voiceOf(first.person().role());
        if (introduced == Voice.OFFICIAL || introduced == Voice.RESEARCHER || introduced == Voice.JOURNALIST) {
            return null; // the judge who asks is not « l'accusée » who answers
        }
        return new Referent(r.span(), first.person(), r.description(), first.gender().or(r.gender()));
    }

    /**
     * Whether a verb of speech follows {@code first} in its sentence, which ends by {@code end}, outside any
     * quote and with no other person named between them: the newcomer says something ("Lawan Gana, a ward head, said …"), not merely stands in a list or a
     * scene (« Sa fille Leïla, 33 ans, et ses petits-fils n'étaient pas dans l'avion »).
     */
    private static boolean speaks(SpeakerDocument d, SpeechCues cues, Referent first, int end) {
        TokenCues kinds = d.tokenCues(cues); // the document's cue kinds, each token looked up once
        for (int k = d.tokenAt(first.span().end()); k < d.tokens.size(); k++) {
            org.retour.model.Span s = d.tokens.get(k).span();
            if (s.start() >= end) {
                return false;
            }
            SpeechCues.Kind kind = kinds.kind(k); // as SpeechCues.isSpeechWord reads the lower-cased word
            if (!d.quoted(s) && (kind == SpeechCues.Kind.VERB || kind == SpeechCues.Kind.SOURCE)) {
                for (Referent between : d.referents.within(first.span().end(), s.start())) {
                    if (between.person() != null && between.person() != first.person()) {
                        return false; // "Under cross-examination by Niall Ryan BL, Mr Byrne said": Byrne speaks
                    }
                }
                return true;
            }
        }
        return false;
    }

    /** Whether the person of {@code first} is named first in the sentence starting at {@code from}. */
    private static boolean introducedAt(Referent first, int from) {
        for (Mention m : first.person().mentions()) {
            if (m.span().start() < from) {
                return false;
            }
        }
        return true;
    }
}
