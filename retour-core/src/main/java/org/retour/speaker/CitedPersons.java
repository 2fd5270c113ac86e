package org.retour.speaker;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.retour.person.Referents.Referent;
import org.retour.resource.ResourceLines;

/**
 * The person a sentence cites before the colon that opens a quote (« Il cite l'un de ses clients : « … » », "She
 * quotes a former fighter: “…”"): named or described right after a verb of citing, at most two words (« y »,
 * « encore ») between them, they said the words, not the one who cites them. The verbs come from
 * {@code citing.txt}.
 *
 * <p>Reads the tokens of one sentence: linear in the text. Immutable and thread-safe.
 */
final class CitedPersons {

    /** The bundled resource. */
    static final String RESOURCE = "org/retour/speaker/citing.txt";
    /** How many words may stand between the verb and the one cited (« cite encore », "quotes only"). */
    private static final int BETWEEN_WORDS = 2;

    private static final CitedPersons BUNDLED = new CitedPersons(ResourceLines.classpath(RESOURCE));

    private final Map<String, Set<String>> verbs;

    CitedPersons(List<String> lines) {
        this.verbs = ResourceLines.byLanguage(lines, true);
    }

    static CitedPersons bundled() {
        return BUNDLED;
    }

    /**
     * The person or description cited right before the colon that ends the text before the quote opening at
     * {@code open}, in that colon's sentence; else null.
     */
    Referent cited(SpeakerDocument d, int open) {
        Set<String> words = verbs.get(d.lang);
        int colon = QuoteOffsets.lastNonBlankBefore(d.text, open);
        if (words == null || colon < 0 || d.text.charAt(colon) != ':') {
            return null;
        }
        int first = d.tokenAt(SpeakerSentences.sentenceStart(d, colon));
        int last = d.tokenAt(colon);
        for (int k = first; k < last; k++) {
            if (!words.contains(d.lower(k))) {
                continue;
            }
            List<Referent> after = d.referents.within(d.tokens.get(k).span().end(), colon);
            if (after.isEmpty()) {
                return null;
            }
            Referent r = after.get(0);
            boolean someone = r.person() != null || r.description() != null;
            return someone && d.tokenAt(r.span().start()) - k - 1 <= BETWEEN_WORDS ? r : null;
        }
        return null;
    }
}
