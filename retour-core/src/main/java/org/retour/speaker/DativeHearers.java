package org.retour.speaker;

import org.retour.person.Gender;
import org.retour.person.Referents.Referent;
import org.retour.person.Tokens;
import org.retour.resource.ResourceLines;

/**
 * The one who told the last speaker something when a sentence's subject pronoun has a pronoun of the one told right
 * after it (« Il lui a aussi parlé des émirs, « … » », "He told her …"): the subject is not the one told, so when the
 * pronoun would stand for the last speaker, who has been telling what they heard, it stands for the person named
 * before them of its gender instead. The pronouns of the one told come from {@code dative-hearers.txt}.
 *
 * <p>Stateless and thread-safe.
 */
final class DativeHearers {

    /** How many referents back the teller may stand. */
    static final int TRIES = 6;
    /** The bundled resource. */
    static final String RESOURCE = "org/retour/speaker/dative-hearers.txt";

    private static final java.util.Map<String, java.util.Set<String>> DATIVES =
            ResourceLines.wordsByLanguage(ResourceLines.classpath(RESOURCE));

    private DativeHearers() {
    }

    /** The teller the subject {@code r} of the sentence at {@code sentenceStart} stands for, or null. */
    static Referent teller(SpeakerDocument d, Referent r, int sentenceStart, int open) {
        if (d.lastSpeaker == null || d.lastSpeaker.person() == null || !SpeakerDocument.same(r, d.lastSpeaker)) {
            return null;
        }
        int k = d.tokenAt(sentenceStart);
        if (k + 1 >= d.tokens.size() || !Tokens.isWord(d.tokens.get(k)) || !dative(d, k + 1)) {
            return null;
        }
        Gender g = r.gender();
        Referent x = d.referents.mostRecent(open, g);
        for (int tries = 0; x != null && tries < TRIES; tries++) {
            if (x.person() != null && x.description() == null && !SpeakerDocument.same(x, d.lastSpeaker)
                    && x.gender().compatible(g)) {
                return x;
            }
            x = d.referents.mostRecent(x.span().start(), g);
        }
        return null;
    }

    /** Whether token {@code k} is a pronoun of the one told (« lui », « leur »). */
    private static boolean dative(SpeakerDocument d, int k) {
        return DATIVES.getOrDefault(d.lang, java.util.Set.of()).contains(d.lower(k));
    }
}
