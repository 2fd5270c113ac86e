package org.retour.speaker;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.retour.person.Referents.Referent;
import org.retour.person.Tokens;
import org.retour.resource.ResourceLines;

/**
 * Answers announced by a noun of answer before a colon, right after a question in marks (« « Entre les deux,
 * qu'est-ce qui a changé ? » La réponse est venue sans attendre : « … » »): the one asked, who spoke before the
 * asker, answers. The nouns come from {@code answer-nouns.txt}.
 *
 * <p>Immutable and thread-safe.
 */
final class AnswerNouns {

    /** The bundled resource. */
    static final String RESOURCE = "org/retour/speaker/answer-nouns.txt";

    /** Among how many first words of the sentence the noun of answer stands. */
    private static final int OPENING_WORDS = 3;
    /** How many tokens the sentence may hold before the quote. */
    private static final int MAX_TOKENS = 16;

    private final Map<String, Set<String>> byLanguage;

    AnswerNouns(List<String> lines) {
        this.byLanguage = OrdinalDescriptions.ordinals(lines);
    }

    /** The bundled nouns. */
    static AnswerNouns bundled() {
        return new AnswerNouns(ResourceLines.classpath(RESOURCE));
    }

    /**
     * The one who answers the quote at {@code open}: when its sentence opens with a noun of answer, a colon comes
     * right before the quote and the last quote, in this paragraph or the one before, asked a question, the
     * speaker before the asker; else null.
     */
    Referent answerer(SpeakerDocument d, int open) {
        Set<String> nouns = byLanguage.get(d.lang);
        if (nouns == null || d.otherSpeaker == null || d.lastSpeaker == null || d.lastEnd < 0 || d.lastEnd > open
                || d.paragraph(open) - d.lastParagraph > 1 || SpeakerDocument.same(d.otherSpeaker, d.lastSpeaker)
                || !colonBefore(d.text, open) || !questionEnds(d.text, d.lastEnd)) {
            return null;
        }
        int start = Math.max(d.lastEnd, SpeakerSentences.sentenceStart(d, open));
        int first = d.tokenAt(start);
        int last = d.tokenAt(open);
        if (last - first > MAX_TOKENS) {
            return null;
        }
        int words = 0;
        for (int k = first; k < last && words < OPENING_WORDS; k++) {
            if (Tokens.isWord(d.tokens.get(k))) {
                words++;
                if (nouns.contains(d.lower(k))) {
                    return d.otherSpeaker;
                }
            }
        }
        return null;
    }

    private static boolean colonBefore(String text, int open) {
        int i = open - 1;
        while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        return i >= 0 && text.charAt(i) == ':';
    }

    /** Whether the quote that ended at {@code end} (its closing mark just before) ends with a question mark. */
    private static boolean questionEnds(String text, int end) {
        int i = Math.min(end, text.length()) - 1;
        for (int steps = 0; i >= 0 && steps < 4 && "»”\"' \u00A0\u202F".indexOf(text.charAt(i)) >= 0; steps++) {
            i--;
        }
        return i >= 0 && text.charAt(i) == '?';
    }
}
