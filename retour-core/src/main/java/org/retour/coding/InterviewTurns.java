package org.retour.coding;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.retour.model.Sentence;
import org.retour.resource.ResourceLines;

/**
 * The turns of a question-and-answer interview: which sentences lie in the interviewee's answers. Four
 * layouts are read: paragraphs opened by markers ("Q:" / "A:", "R. :"), paragraphs opened by a dash for
 * both questions and answers ("— Pourquoi ?" / "— J'avais 23 ans…"), paragraphs opened by a speaker's
 * label in capitals ("YANIS. — Le vide.", "BILAL: In the beginning…", "S.: Weil ich…") or in title case ("The
 * Northern Review: …"), and short question paragraphs each followed by a plain answer ("Why did you go?" /
 * "I was 19…"). Markers and the
 * words that name the interviewer in a label ("HOST", "BYLINE") are {@code interview-markers.txt}.
 *
 * <p>Immutable and thread-safe.
 */
final class InterviewTurns {

    /**
     * A speaker's label opening a paragraph: up to seven words in capitals, the last of which may be an initial ("SAID A.",
     * "YANNICK M."), or an initial alone, then, in a broadcast transcript, a note in brackets that is no part of the
     * label ("HALE (voice-over):", "OMAR, FORMER FIGHTER (through translator):"), then ":" or ". —".
     */
    private static final Pattern LABEL = Pattern.compile(
            "^(\\p{Lu}[\\p{Lu}\\p{M}'’\\-]+(?:[ ,]+\\p{Lu}[\\p{Lu}\\p{M}'’\\-]+){0,6}(?: \\p{Lu}\\.(?=\\s?[:(]))?"
            + "|\\p{Lu}\\.)(?: \\([^()\\n]{1,40}\\))?\\s?(?::|\\.\\s?[—–])\\s");

    /**
     * A speaker's label in title case opening a paragraph, up to four words that each start with a capital
     * ("The Northern Review:", "Yusuf Demir:"), then ":", in French after a space (« Claire Vasseur : »);
     * read only where no label in capitals is. A label of one word ("Samir :") counts only when it recurs.
     */
    private static final Pattern TITLE_LABEL = Pattern.compile(
            "^(\\p{Lu}[\\p{L}\\p{M}'’\\-]*(?: \\p{Lu}[\\p{L}\\p{M}'’\\-]*){0,3})[ \\u00A0\\u202F]?:\\s");

    /** A transcript's time stamp opening a paragraph: "[00:01:20] ", "00:01:20 ", "[01:20] ". */
    private static final Pattern TIMESTAMP = Pattern.compile("\\[?\\d{1,2}:\\d{2}(?::\\d{2})?\\]?\\s+");

    /** The fewest dash paragraphs that make a dash interview. */
    private static final int MIN_DASH_TURNS = 4;

    private enum Kind { QUESTION, ANSWER, NARRATION }

    /**
     * A paragraph: its start, whether it ends in a question mark, its label (or null), dash, marker kind, and
     * whether its label is one word in title case.
     */
    private record Paragraph(int start, boolean asks, String label, boolean dash, Kind marker, boolean lone) {
    }

    /**
     * The turns found in a document: per sentence whether it lies in an answer, whether it lies in a
     * question, and the words of the interviewer's labels in lower case ("dorsey", "whitaker"), empty
     * outside labelled layouts.
     */
    record Turns(boolean[] answers, boolean[] questions, Set<String> interviewer) {
        Turns {
            interviewer = Set.copyOf(interviewer);
        }
    }

    private final List<String> questions;
    private final List<String> answers;
    private final Set<String> interviewerWords;
    /** The first character of each marker: a paragraph opening with none of them has no marker; null when a marker is empty. */
    private final String markerFirsts;

    private InterviewTurns(List<String> questions, List<String> answers, Set<String> interviewerWords) {
        this.questions = List.copyOf(questions);
        this.answers = List.copyOf(answers);
        this.interviewerWords = Set.copyOf(interviewerWords);
        StringBuilder firsts = new StringBuilder();
        boolean empty = false;
        for (List<String> markers : List.of(this.questions, this.answers)) {
            for (String m : markers) {
                empty |= m.isEmpty();
                firsts.append(m.isEmpty() ? "" : m.substring(0, 1));
            }
        }
        this.markerFirsts = empty ? null : firsts.toString();
    }

    /** The bundled markers. */
    static InterviewTurns bundled() {
        List<String> q = new ArrayList<>();
        List<String> a = new ArrayList<>();
        Set<String> interviewer = new HashSet<>();
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
                case "interviewer" -> interviewer.add(marker.toLowerCase(Locale.ROOT));
                default -> throw new IllegalArgumentException("unknown interview marker kind '" + kind + "': " + line);
            }
        }
        return new InterviewTurns(q, a, interviewer);
    }

    /** Per sentence: whether it lies in an answer paragraph of an interview (all false when the text is none). */
    boolean[] answerSentences(String text, List<Sentence> sentences) {
        return turns(text, sentences, label -> false).answers();
    }

    /**
     * The turns of {@code text}: per sentence whether it lies in an answer of an interview (all false when
     * the text is none); in a labelled layout, the turns of a label that {@code reporter} accepts (an
     * official's, a researcher's) are not the interviewee's.
     */
    Turns turns(String text, List<Sentence> sentences, Predicate<String> reporter) {
        List<Paragraph> paragraphs = new ArrayList<>();
        int[] paragraphOf = new int[sentences.size()];
        for (int i = 0; i < sentences.size(); i++) {
            int start = sentences.get(i).span().start();
            if (paragraphs.isEmpty() || start == 0 || text.charAt(start - 1) == '\n'
                    || newlineIn(text, previousEnd(sentences, i), start)) {
                paragraphs.add(paragraph(text, start));
            }
            paragraphOf[i] = paragraphs.size() - 1;
        }
        Kind[] kinds = markerTurns(paragraphs);
        if (kinds == null) {
            kinds = dashTurns(paragraphs);
        }
        Set<String> interviewer = new HashSet<>();
        if (kinds == null) {
            kinds = labelTurns(paragraphs, reporter, interviewer);
        }
        if (kinds == null) {
            kinds = plainTurns(paragraphs, text);
        }
        boolean[] out = new boolean[sentences.size()];
        boolean[] asked = new boolean[sentences.size()];
        if (kinds != null) {
            for (int i = 0; i < out.length; i++) {
                out[i] = kinds[paragraphOf[i]] == Kind.ANSWER;
                asked[i] = kinds[paragraphOf[i]] == Kind.QUESTION;
            }
        }
        Set<String> words = new HashSet<>();
        if (kinds != null) {
            for (String label : interviewer) {
                words.addAll(List.of(label.toLowerCase(Locale.ROOT).split("[ ,]+")));
            }
        }
        return new Turns(out, asked, words);
    }

    /** The paragraph starting at {@code start}. */
    private Paragraph paragraph(String text, int start) {
        int end = text.indexOf('\n', start);
        end = end < 0 ? text.length() : end;
        int last = end - 1;
        while (last > start && Character.isWhitespace(text.charAt(last))) {
            last--;
        }
        boolean asks = last >= start && text.charAt(last) == '?';
        int headEnd = Math.min(end, start + 16);
        Kind marker = null;
        if (markerFirsts == null || start < end && markerFirsts.indexOf(text.charAt(start)) >= 0) {
            marker = startsWithAny(text, start, headEnd, questions) ? Kind.QUESTION
                    : startsWithAny(text, start, headEnd, answers) ? Kind.ANSWER : null;
        }
        boolean dash = end - start > 2 && (text.charAt(start) == '—' || text.charAt(start) == '–')
                && Character.isWhitespace(text.charAt(start + 1));
        String label = null;
        int head = afterTimestamp(text, start, end);
        if (marker == null && !dash && end - head > 2 && Character.isUpperCase(text.charAt(head))
                && LabelShapes.mayOpenLabel(text.charAt(head + 1))
                && LabelShapes.endsLikeLabel(text, head, end, LabelShapes.LABEL_CHARS, ":—–")) {
            Matcher m = LABEL.matcher(text).region(head, end);
            label = m.lookingAt() ? m.group(1).strip() : null;
        }
        int titleEnd = Math.min(end, head + 48);
        boolean lone = false;
        if (label == null && marker == null && !dash && end - head > 2 && Character.isUpperCase(text.charAt(head))
                && LabelShapes.endsLikeLabel(text, head, titleEnd, LabelShapes.TITLE_LABEL_CHARS, ":")) {
            Matcher m = TITLE_LABEL.matcher(text).region(head, titleEnd);
            label = m.lookingAt() ? m.group(1) : null;
            lone = label != null && label.indexOf(' ') < 0;
        }
        return new Paragraph(start, asks, label, dash, marker, lone);
    }

    /**
     * Where a paragraph's text starts after a transcript's time stamp ("[00:01:20] TARIQ: …", "00:01:20 TARIQ:"):
     * {@code start} when there is none.
     */
    private static int afterTimestamp(String text, int start, int end) {
        if (start >= end || text.charAt(start) != '[' && !Character.isDigit(text.charAt(start))) {
            return start;
        }
        Matcher m = TIMESTAMP.matcher(text).region(start, end);
        return m.lookingAt() ? m.end() : start;
    }

    /** Turns by markers, or null when the document has not both questions and answers so marked. */
    private static Kind[] markerTurns(List<Paragraph> paragraphs) {
        Kind[] kinds = new Kind[paragraphs.size()];
        boolean q = false;
        boolean a = false;
        for (int i = 0; i < kinds.length; i++) {
            Kind m = paragraphs.get(i).marker();
            kinds[i] = m == null ? Kind.NARRATION : m;
            q |= m == Kind.QUESTION;
            a |= m == Kind.ANSWER;
        }
        return q && a ? kinds : null;
    }

    /**
     * Turns of a dash interview: a dash paragraph that asks is a question, one after a question an answer,
     * one after an answer a question, and a plain paragraph right after a dashed question an answer; null
     * when too few dash paragraphs ask or answer.
     */
    private static Kind[] dashTurns(List<Paragraph> paragraphs) {
        Kind[] kinds = new Kind[paragraphs.size()];
        int dashes = 0;
        boolean asked = false;
        Kind last = Kind.ANSWER;
        for (int i = 0; i < kinds.length; i++) {
            Paragraph p = paragraphs.get(i);
            if (!p.dash()) {
                // an answer set as a plain paragraph under a dashed question ("– Et les combats ?" / "On n'a…")
                kinds[i] = last == Kind.QUESTION && i > 0 && paragraphs.get(i - 1).dash() ? Kind.ANSWER : Kind.NARRATION;
                last = Kind.ANSWER;
                continue;
            }
            dashes++;
            kinds[i] = p.asks() || last == Kind.ANSWER ? Kind.QUESTION : Kind.ANSWER;
            asked |= p.asks();
            last = kinds[i];
        }
        return dashes >= MIN_DASH_TURNS && asked ? kinds : null;
    }

    /**
     * Turns of a labelled interview or transcript: a label with an interviewer's word ("HOST"), the last
     * word of such a label, or a label more of whose turns ask than state, is the interviewer's, and his turns are
     * questions unless they neither ask nor lead to an answer (narration); an unlabelled paragraph
     * that asks is a question; other labels answer unless {@code reporter} accepts them. Null when there are
     * no questions, or fewer than two answers and fewer than two turns of such a reporter. The interviewer's labels are added to {@code interviewer}.
     */
    private Kind[] labelTurns(List<Paragraph> given, Predicate<String> reporter, Set<String> interviewer) {
        List<Paragraph> paragraphs = withoutLoneLabelsSeenOnce(given);
        Map<String, Integer> leaning = new HashMap<>();
        for (Paragraph p : paragraphs) {
            if (p.label() == null) {
                continue;
            }
            String[] words = p.label().toLowerCase(Locale.ROOT).split("[ ,]+");
            for (String w : words) {
                if (interviewerWords.contains(w)) {
                    interviewer.add(p.label());
                    interviewer.add(p.label().split(",")[0].strip());
                    String[] name = p.label().split(",")[0].strip().split(" ");
                    interviewer.add(name[name.length - 1]);
                }
            }
            leaning.merge(speaker(p.label()), p.asks() ? -1 : 1, Integer::sum);
        }
        Kind[] kinds = new Kind[paragraphs.size()];
        boolean[] hosts = new boolean[kinds.length];
        int reporterTurns = 0;
        for (int i = 0; i < kinds.length; i++) {
            Paragraph p = paragraphs.get(i);
            if (p.label() == null) {
                kinds[i] = p.asks() ? Kind.QUESTION : Kind.NARRATION;
            } else if (interviewer.contains(p.label()) || leaning.get(speaker(p.label())) < 0) {
                kinds[i] = Kind.QUESTION;
                hosts[i] = true;
                if (leaning.get(speaker(p.label())) < 0) {
                    // a label more of whose turns ask than state is the interviewer's, named or not
                    interviewer.add(p.label());
                }
            } else {
                kinds[i] = reporter.test(p.label()) ? Kind.NARRATION : Kind.ANSWER;
                reporterTurns += kinds[i] == Kind.NARRATION ? 1 : 0;
            }
        }
        int questionCount = 0;
        int answerCount = 0;
        for (int i = 0; i < kinds.length; i++) {
            questionCount += hosts[i] || kinds[i] == Kind.QUESTION ? 1 : 0;
            answerCount += kinds[i] == Kind.ANSWER ? 1 : 0;
            if (hosts[i] && !paragraphs.get(i).asks() && (i + 1 == kinds.length || kinds[i + 1] != Kind.ANSWER)) {
                // an interviewer's turn that neither asks nor leads to an answer tells the story, as a correspondent
                // does to the host ("HADLEY: Kate, some of them tell you…"): narration, read as any other
                kinds[i] = Kind.NARRATION;
            }
        }
        // an interview whose labelled speaker is an official or researcher is read as such, not again as a plain one
        return questionCount > 0 && (answerCount >= 2 || reporterTurns >= 2) ? kinds : null;
    }

    /**
     * Who a label names, whatever the turn calls them: the last word of its name, before any comma ("RUSLAN" for
     * "OMAR, FORMER FIGHTER" and "OMAR", "HALE" for "TOM HALE, CORRESPONDENT" and "HALE"), so that a
     * speaker's turns are weighed together and one rhetorical question does not make him the interviewer.
     */
    private static String speaker(String label) {
        String name = label.split(",")[0].strip();
        return name.substring(name.lastIndexOf(' ') + 1);
    }

    /**
     * {@code paragraphs} with the label of one word in title case dropped where it opens no other paragraph: a
     * heading such as « Bilan : » is no speaker's turn, while « Samir : » opening several turns is.
     */
    private static List<Paragraph> withoutLoneLabelsSeenOnce(List<Paragraph> paragraphs) {
        Map<String, Integer> seen = new HashMap<>();
        for (Paragraph p : paragraphs) {
            if (p.lone()) {
                seen.merge(p.label(), 1, Integer::sum);
            }
        }
        if (seen.isEmpty()) {
            return paragraphs;
        }
        List<Paragraph> out = new ArrayList<>(paragraphs.size());
        for (Paragraph p : paragraphs) {
            out.add(p.lone() && seen.get(p.label()) < 2
                    ? new Paragraph(p.start(), p.asks(), null, p.dash(), p.marker(), false) : p);
        }
        return out;
    }

    /** The fewest plain question paragraphs, each followed by an answer, that make a plain interview. */
    private static final int MIN_PLAIN_QUESTIONS = 3;

    /** The longest a plain question paragraph may be, in characters. */
    private static final int MAX_PLAIN_QUESTION = 240;

    /**
     * Turns of an interview set without any marker: short paragraphs that ask are questions, and the
     * paragraphs after one, up to the next question, its answer; null unless at least
     * {@link #MIN_PLAIN_QUESTIONS} questions are each followed by a paragraph that does not ask.
     */
    private static Kind[] plainTurns(List<Paragraph> paragraphs, String text) {
        Kind[] kinds = new Kind[paragraphs.size()];
        int answered = 0;
        boolean inAnswer = false;
        for (int i = 0; i < kinds.length; i++) {
            Paragraph p = paragraphs.get(i);
            int end = i + 1 < kinds.length ? paragraphs.get(i + 1).start() : text.length();
            if (p.asks() && end - p.start() <= MAX_PLAIN_QUESTION) {
                kinds[i] = Kind.QUESTION;
                inAnswer = true;
                boolean followed = i + 1 < kinds.length && !paragraphs.get(i + 1).asks();
                answered += followed ? 1 : 0;
            } else {
                kinds[i] = inAnswer ? Kind.ANSWER : Kind.NARRATION;
            }
        }
        return answered >= MIN_PLAIN_QUESTIONS ? kinds : null;
    }

    private static int previousEnd(List<Sentence> sentences, int i) {
        return i == 0 ? 0 : sentences.get(i - 1).span().end();
    }

    /** Whether {@code text[start, end)} begins with one of {@code markers}. */
    private static boolean startsWithAny(String text, int start, int end, List<String> markers) {
        for (String m : markers) {
            if (m.length() <= end - start && text.startsWith(m, start)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code text[from, to)} holds a line break. Design decision: a bounded scan, not {@link String#lastIndexOf}. */
    private static boolean newlineIn(String text, int from, int to) {
        for (int k = Math.max(0, from); k < to; k++) {
            if (text.charAt(k) == '\n') {
                return true;
            }
        }
        return false;
    }

}
