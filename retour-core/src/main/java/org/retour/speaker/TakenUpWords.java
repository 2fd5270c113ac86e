package org.retour.speaker;

import java.util.Map;
import java.util.Set;
import org.retour.person.Referents.Referent;
import org.retour.person.Tokens;
import org.retour.resource.ResourceLines;

/**
 * Words that the paragraph after them takes up: a quote alone in its paragraph, followed by one that opens with a
 * demonstrative and a noun of words said (« « … » » then « Ces mots, Karim les a prononcés devant le juge »,
 * "“…”" then "Those words came from Amina", „Diese Worte stammen von Jonas“), is said by that sentence's subject
 * or the person it names first. The words come from {@code taken-up-words.txt}.
 *
 * <p>Immutable and thread-safe.
 */
final class TakenUpWords {

    /** The bundled resource. */
    static final String RESOURCE = "org/retour/speaker/taken-up-words.txt";

    /** Among how many first words of the next paragraph the noun of words stands, the demonstrative first. */
    private static final int OPENING_WORDS = 3;

    private static final Map<String, Map<String, Set<String>>> WORDS = ResourceLines.wordsByKind(
            ResourceLines.classpath(RESOURCE), Set.of("this", "words"), "taken-up-words.txt");

    private TakenUpWords() {
    }

    /**
     * The person who said the quote that opens at {@code open} and ends at {@code outer} (past its closing mark), when
     * it stands alone in its paragraph and the next paragraph opens with a demonstrative and a noun of words said:
     * the subject {@code subject} finds in that paragraph's first sentence, else the first person named or described
     * there past the noun. Else null.
     */
    static Referent sayer(SpeakerDocument d, int open, int outer, SubjectFinder subject) {
        Set<String> these = WORDS.get("this").get(d.lang);
        Set<String> words = WORDS.get("words").get(d.lang);
        String text = d.text;
        if (these == null || words == null || outer >= text.length()
                || !QuoteOffsets.blank(text, QuoteOffsets.lineStart(text, open), open)) {
            return null;
        }
        int i = outer;
        while (i < text.length() && text.charAt(i) != '\n' && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        if (i < text.length() && text.charAt(i) != '\n') {
            return null; // the quote's paragraph goes on
        }
        int k = d.tokenAt(i);
        if (k >= d.tokens.size() || !these.contains(d.lower(k)) || !Tokens.capitalised(text, d.tokens.get(k))) {
            return null;
        }
        int start = d.tokens.get(k).span().start();
        if (d.paragraph(start) != d.paragraph(open) + 1) {
            return null;
        }
        int seen = 1;
        for (int j = k + 1; j < d.tokens.size() && seen < OPENING_WORDS; j++) {
            if (!Tokens.isWord(d.tokens.get(j))) {
                continue;
            }
            seen++;
            if (words.contains(d.lower(j))) {
                int end = SpeakerSentences.sentenceEnd(d, start);
                Referent r = subject.of(d, start, end);
                if (r == null) {
                    java.util.List<Referent> named = d.referents.within(d.tokens.get(j).span().end(), end);
                    r = named.isEmpty() ? null : named.get(0); // "Those words came from Amina"
                }
                return r;
            }
        }
        return null;
    }

    /** Finds the subject of a stretch of a sentence. */
    @FunctionalInterface
    interface SubjectFinder {
        /** The subject of the sentence from {@code from} to {@code to}, or null. */
        Referent of(SpeakerDocument d, int from, int to);
    }
}
