package org.retour.speaker;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.retour.person.Referents.Referent;
import org.retour.resource.ResourceLines;

/**
 * The person a sentence cites before the colon that opens a quote (« Il cite l'un de ses clients : « … » », "She
 * quotes a former fighter: “…”"): named or described right after a verb of citing, at most two words (« y »,
 * « encore ») between them, or after a noun of words said (« Elle cite une phrase du prévenu : »), they said the
 * words, not the one who cites them. The words come from {@code citing.txt}.
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
    private final Map<String, Set<String>> words;
    private final Map<String, Set<String>> of;

    CitedPersons(List<String> lines) {
        Map<String, Map<String, Set<String>>> kinds = ResourceLines.wordsByKind(lines, Set.of("verb", "words", "of"), "citing");
        this.verbs = kinds.get("verb");
        this.words = kinds.get("words");
        this.of = kinds.get("of");
    }

    /** The bundled words. */
    static CitedPersons bundled() {
        return BUNDLED;
    }

    /**
     * The person or description cited right before the colon that ends the text before the quote opening at
     * {@code open}, in that colon's sentence; else null.
     */
    Referent cited(SpeakerDocument d, int open) {
        Set<String> citing = verbs.get(d.lang);
        int colon = QuoteOffsets.colonBefore(d.text, open);
        if (citing == null || colon < 0) {
            return null;
        }
        int first = d.tokenAt(SpeakerSentences.sentenceStart(d, colon));
        int last = d.tokenAt(colon);
        for (int k = first; k < last; k++) {
            if (!citing.contains(d.lower(k))) {
                continue;
            }
            List<Referent> after = d.referents.within(d.tokens.get(k).span().end(), colon);
            if (after.isEmpty()) {
                return null;
            }
            Referent r = after.get(0);
            boolean someone = r.person() != null || r.description() != null;
            int from = wordsOf(d, k + 1, d.tokenAt(r.span().start())); // « cite une phrase du prévenu »
            return someone && d.tokenAt(r.span().start()) - from - 1 <= BETWEEN_WORDS ? r : null;
        }
        return null;
    }

    /**
     * The token of the preposition that ends a noun of words said and its article from {@code k} on, before the
     * token {@code to} (« une phrase du »), or {@code k - 1} when there is none.
     */
    private int wordsOf(SpeakerDocument d, int k, int to) {
        Set<String> nouns = words.getOrDefault(d.lang, Set.of());
        Set<String> joins = of.getOrDefault(d.lang, Set.of());
        for (int n = k; n < Math.min(to - 1, k + BETWEEN_WORDS + 1); n++) {
            if (nouns.contains(d.lower(n)) && joins.contains(d.lower(n + 1))) {
                return n + 1;
            }
        }
        return k - 1;
    }
}
