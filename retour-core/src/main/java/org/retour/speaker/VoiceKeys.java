package org.retour.speaker;

import java.util.HashSet;
import java.util.Set;
import org.retour.model.Entity;
import org.retour.person.PersonDescription;

/**
 * The keys by which {@link VoiceContext} knows a document's letter writers and the readers of their kin's
 * letters: an entity's id, else a description's text.
 */
final class VoiceKeys {

    private VoiceKeys() {
    }

    /** The keys of the letter writers of {@code d} who speak in no quote of their own. */
    static Set<String> writers(SpeakerDocument d) {
        Set<String> out = new HashSet<>();
        for (Object w : d.writers) {
            if (!d.cued.contains(w)) { // "said the 30-year-old": present to the reporter, not only a voice in a letter
                out.add(key(w));
            }
        }
        return out;
    }

    /** The keys of the readers of their kin's letters in {@code d}. */
    static Set<String> kinReaders(SpeakerDocument d) {
        Set<String> out = new HashSet<>();
        for (Object r : d.kinReaders) {
            out.add(key(r));
        }
        return out;
    }

    private static String key(Object who) {
        return who instanceof Entity e ? e.id() : ((PersonDescription) who).text();
    }
}
