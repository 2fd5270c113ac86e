package org.retour.speaker;

import java.util.function.UnaryOperator;
import org.retour.person.Referents.Referent;
import org.retour.resource.GrammarWords;

/**
 * Who a subject pronoun stands for in the sentence right after a question the narration puts (« La magistrate
 * insiste : pourquoi ne pas être partie plus tôt ? Elle hausse les épaules. « … » »): when it would stand for the
 * asker, it stands for the one asked, whose turn it is, as the two take turns.
 *
 * <p>Immutable and thread-safe.
 */
final class QuestionTurns {

    /** How many sentences' words are read: the question's, one sentence long at most this many tokens. */
    private static final int MAX_TOKENS = 60;

    private QuestionTurns() {
    }

    /**
     * The one asked in place of {@code r}, the pronoun subject of the sentence starting at {@code sentence}, when
     * the sentence before it in its paragraph ends with a question mark and its subject ({@code subject} reads it
     * between two offsets) is {@code r}: the last speaker when they are someone else of a compatible gender; else
     * {@code r}.
     */
    static Referent asked(SpeakerDocument d, Referent r, int sentence, SubjectReader subject, UnaryOperator<Referent> named) {
        if (r == null || r.person() == null && r.description() == null || d.lastSpeaker == null
                || !pronounOpens(d, sentence)) {
            return r;
        }
        int paragraph = d.paragraphStarts.get(d.paragraph(sentence));
        int question = SpeakerSentences.previousSentenceStart(d, sentence, paragraph);
        if (question < 0 || d.tokenAt(sentence) - d.tokenAt(question) > MAX_TOKENS || !endsWithQuestion(d.text, sentence)) {
            return r;
        }
        Referent asker = named.apply(subject.read(question, sentence));
        Referent last = named.apply(d.lastSpeaker);
        if (asker == null || !SpeakerDocument.same(asker, named.apply(r)) || last == null
                || SpeakerDocument.same(last, asker) || !last.gender().compatible(r.gender())) {
            return r;
        }
        return last;
    }

    /**
     * Whether the cue's sentence, ending before {@code sentenceStart}, puts a question in the narration (« La
     * magistrate insiste : pourquoi ne pas être partie plus tôt ? »): it ends with a question mark and no quote
     * mark stands in it after the cue, so the cue introduces that question, not a quote after it.
     */
    static boolean putsQuestion(SpeakerDocument d, CueMatch cue, int sentenceStart) {
        int end = SpeakerSentences.sentenceEnd(d, cue.span().start());
        if (end > sentenceStart || end - cue.span().end() > 400) {
            return false;
        }
        for (int i = cue.span().end(); i < end; i++) {
            char c = d.text.charAt(i);
            if (c == '«' || c == '»' || c == '"' || c == '“' || c == '”') {
                return false;
            }
        }
        return endsWithQuestion(d.text, end);
    }

    /** Reads the subject of the text between two offsets. */
    @FunctionalInterface
    interface SubjectReader {
        /** The subject of the sentence from {@code from} to {@code to}, or null. */
        Referent read(int from, int to);
    }

    /** Whether the sentence at {@code sentence} opens with a third-person singular subject pronoun. */
    private static boolean pronounOpens(SpeakerDocument d, int sentence) {
        int k = d.tokenAt(sentence);
        if (k >= d.tokens.size()) {
            return false;
        }
        String w = d.lower(k);
        return GrammarWords.bundled().of(GrammarWords.Kind.HE_SHE, d.lang).contains(w);
    }

    /** Whether the text before {@code end} ends with a question mark, closing quote marks and spaces aside. */
    private static boolean endsWithQuestion(String text, int end) {
        for (int i = end - 1; i >= Math.max(0, end - 8); i--) {
            char c = text.charAt(i);
            if (c == '?' || c == '\u061F') {
                return true;
            }
            if (!Character.isWhitespace(c) && c != '»' && c != '"' && c != '”' && c != '\u00A0' && c != '\u202F') {
                return false;
            }
        }
        return false;
    }
}
