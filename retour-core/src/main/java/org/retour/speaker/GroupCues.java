package org.retour.speaker;

import java.util.Map;
import java.util.Set;
import org.retour.resource.ResourceLines;

/**
 * A cue whose auxiliary is of the third person plural and that carries no pronoun (« Plusieurs hommes lui ont décrit
 * des émirs … et « des passe-droits pour les amis » »): its subject is a group, so when no one is found as that
 * subject the words are the group's, not those of a person of the context, unless a source of the paragraph reports
 * them. Words come from
 * {@code org/retour/speaker/plural-auxiliaries.txt}.
 *
 * <p>Stateless and thread-safe.
 */
final class GroupCues {

    /** The bundled resource. */
    static final String RESOURCE = "org/retour/speaker/plural-auxiliaries.txt";
    private static final Map<String, Set<String>> PLURAL = ResourceLines.wordsByLanguage(ResourceLines.classpath(RESOURCE));

    private GroupCues() {
    }

    /**
     * Whether {@code cue} is a verb cue without a pronoun whose first word is a plural auxiliary, and no source
     * (`source` or `weak` in cues.txt) stands before it in its paragraph: « Selon elle, plusieurs détenus ont raconté
     * … « … » » gives the group's words to the one who reports them.
     */
    static boolean plural(SpeakerDocument d, SpeechCues cues, CueMatch cue) {
        if (cue == null || cue.source() || cue.pronoun() != null || cue.first() == cue.last()) {
            return false;
        }
        Set<String> aux = PLURAL.get(d.lang);
        if (aux == null || !aux.contains(d.lower(cue.first()))) {
            return false;
        }
        TokenCues kinds = d.tokenCues(cues);
        int start = d.paragraphStarts.get(d.paragraph(d.tokens.get(cue.first()).span().start()));
        for (int k = d.tokenAt(start); k < cue.first(); k++) {
            SpeechCues.Kind kind = kinds.straightKind(k);
            if (kind == SpeechCues.Kind.SOURCE || kind == SpeechCues.Kind.WEAK) {
                return false;
            }
        }
        return true;
    }
}
