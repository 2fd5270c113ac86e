package org.retour.coding;

import java.util.ArrayList;
import java.util.List;
import org.retour.model.Sentence;
import org.retour.resource.ResourceLines;

/**
 * The turns of a question-and-answer interview ("Q: Why did you go?" / "A: I was 24…"): which sentences
 * lie in an answer paragraph. Markers are {@code interview-markers.txt}; a document is an interview only
 * when it has both questions and answers.
 *
 * <p>Immutable and thread-safe.
 */
final class InterviewTurns {

    private final List<String> questions;
    private final List<String> answers;

    private InterviewTurns(List<String> questions, List<String> answers) {
        this.questions = List.copyOf(questions);
        this.answers = List.copyOf(answers);
    }

    /** The bundled markers. */
    static InterviewTurns bundled() {
        List<String> q = new ArrayList<>();
        List<String> a = new ArrayList<>();
        for (String line : ResourceLines.classpath("org/retour/coding/interview-markers.txt")) {
            int bar = line.indexOf('|');
            if (bar < 0) {
                throw new IllegalArgumentException("interview-markers line needs 'kind | marker': " + line);
            }
            String kind = line.substring(0, bar).strip();
            String marker = line.substring(bar + 1).strip();
            switch (kind) {
                case "question" -> q.add(marker);
                case "answer" -> a.add(marker);
                default -> throw new IllegalArgumentException("unknown interview marker kind '" + kind + "': " + line);
            }
        }
        return new InterviewTurns(q, a);
    }

    /** Per sentence: whether it lies in an answer paragraph of an interview (all false when the text is none). */
    boolean[] answerSentences(String text, List<Sentence> sentences) {
        boolean[] out = new boolean[sentences.size()];
        boolean anyQuestion = false;
        boolean inAnswer = false;
        boolean anyAnswer = false;
        for (int i = 0; i < sentences.size(); i++) {
            int start = sentences.get(i).span().start();
            if (start == 0 || text.charAt(start - 1) == '\n' || text.lastIndexOf('\n', start - 1) >= previousEnd(sentences, i)) {
                String head = text.substring(start, Math.min(text.length(), start + 16));
                if (startsWithAny(head, questions)) {
                    anyQuestion = true;
                    inAnswer = false;
                } else if (startsWithAny(head, answers)) {
                    inAnswer = true;
                    anyAnswer = true;
                } else {
                    inAnswer = false;
                }
            }
            out[i] = inAnswer;
        }
        if (!anyQuestion || !anyAnswer) {
            return new boolean[sentences.size()];
        }
        return out;
    }

    private static int previousEnd(List<Sentence> sentences, int i) {
        return i == 0 ? 0 : sentences.get(i - 1).span().end();
    }

    private static boolean startsWithAny(String head, List<String> markers) {
        for (String m : markers) {
            if (head.startsWith(m)) {
                return true;
            }
        }
        return false;
    }
}
