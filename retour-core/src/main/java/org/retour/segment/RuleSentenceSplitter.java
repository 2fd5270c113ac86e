package org.retour.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.retour.model.Span;
import org.retour.resource.ResourceLines;

/**
 * Splits sentences with Unicode's default sentence rules ({@link SentenceBreaks}, as ICU's root sentence
 * iterator), then joins back the breaks that follow an abbreviation, an initial or a German ordinal date
 * ("am 10. Juni"). A line break always ends a sentence.
 *
 * <p>Thread-safe.
 */
public final class RuleSentenceSplitter implements SentenceSplitter {

    /** Opening marks and brackets a word may begin with. */
    private static final String OPENING = "([{«\"“„‘'‹";
    /** The longest ordinal before a month ("10." of "am 10. Juni"). */
    private static final int MAX_ORDINAL_LENGTH = 3;

    private final Abbreviations abbreviations;
    private final Map<String, Set<String>> months;

    public RuleSentenceSplitter(Abbreviations abbreviations) {
        this.abbreviations = abbreviations;
        this.months = ResourceLines.byLanguage(ResourceLines.classpath("org/retour/segment/months.txt"), true);
    }

    /** A splitter with the bundled abbreviations. */
    public static RuleSentenceSplitter bundled() {
        return new RuleSentenceSplitter(Abbreviations.bundled());
    }

    @Override
    public List<Span> split(String text, String language) {
        List<Span> out = new ArrayList<>();
        if (text.isEmpty()) {
            return out;
        }
        Joiner joiner = new Joiner(text, language, out);
        SentenceBreaks.boundaries(text, joiner);
        if (joiner.start < text.length()) {
            addTrimmed(text, joiner.start, text.length(), out);
        }
        return out;
    }

    /** Takes the boundaries of the Unicode rules and keeps those no abbreviation, initial or ordinal joins across. */
    private final class Joiner implements SentenceBreaks.Sink {
        private final String text;
        private final String language;
        private final List<Span> out;
        private int start;

        Joiner(String text, String language, List<Span> out) {
            this.text = text;
            this.language = language;
            this.out = out;
        }

        @Override
        public void boundary(int b) {
            if (b < text.length() && joinsAcross(text, start, b, language)) {
                return;
            }
            addTrimmed(text, start, b, out);
            start = b;
        }
    }

    private boolean joinsAcross(String text, int sentenceStart, int boundary, String language) {
        int end = boundary;
        boolean newline = false;
        while (end > sentenceStart && Character.isWhitespace(text.charAt(end - 1))) {
            char c = text.charAt(end - 1);
            if (c == '\n' || c == '\r' || c == '\u2029' || c == '\u0085' || c == '\u2028') {
                newline = true;
            }
            end--;
        }
        if (newline || end == sentenceStart || text.charAt(end - 1) != '.') {
            return false;
        }
        int wordStart = end - 1;
        while (wordStart > sentenceStart && !Character.isWhitespace(text.charAt(wordStart - 1))) {
            wordStart--;
        }
        int s = wordStart;
        while (s < end && OPENING.indexOf(text.charAt(s)) >= 0) {
            s++;
        }
        if (end - s <= 1) {
            return false;
        }
        if (end - s > abbreviations.maxLength() && end - s > MAX_ORDINAL_LENGTH) {
            // no abbreviation, nor one of two words, nor an ordinal is this long: only initials remain
            return isInitial(text, s, end);
        }
        String word = text.substring(s, end);
        if (abbreviations.contains(word, language) || isInitial(text, s, end)) {
            return true;
        }
        if (abbreviations.beginsMultiword(word, language)) {
            int e = boundary;
            while (e < text.length() && !Character.isWhitespace(text.charAt(e))) {
                e++;
            }
            if (abbreviations.contains(word + " " + text.substring(boundary, e), language)) {
                return true;
            }
        }
        int prevEnd = wordStart;
        while (prevEnd > sentenceStart && text.charAt(prevEnd - 1) == ' ') {
            prevEnd--;
        }
        int prevStart = prevEnd;
        while (prevStart > sentenceStart && !Character.isWhitespace(text.charAt(prevStart - 1))) {
            prevStart--;
        }
        if (prevStart < prevEnd && abbreviations.mayEndMultiword(word)) {
            String two = stripOpening(text.substring(prevStart, prevEnd)) + " " + word;
            if (abbreviations.contains(two, language)) {
                return true;
            }
        }
        return isOrdinalBeforeMonth(word, text, boundary, language);
    }

    private static String stripOpening(String w) {
        int i = 0;
        while (i < w.length() && OPENING.indexOf(w.charAt(i)) >= 0) {
            i++;
        }
        return w.substring(i);
    }

    /** "J." or "J.-C." or "U.S." style initials in {@code text[start, end)}. */
    private static boolean isInitial(String text, int start, int end) {
        int letters = 0;
        for (int i = start; i < end; ) {
            int cp = text.codePointAt(i);
            if (Character.isLetter(cp)) {
                if (!Character.isUpperCase(cp)) {
                    return false;
                }
                letters++;
                int next = i + Character.charCount(cp);
                if (next >= end || text.charAt(next) != '.') {
                    return false;
                }
                i = next + 1;
            } else if (cp == '-') {
                i++;
            } else {
                return false;
            }
        }
        return letters >= 1;
    }

    private boolean isOrdinalBeforeMonth(String word, String text, int boundary, String language) {
        Set<String> names = months.get(language);
        if (names == null || word.length() > MAX_ORDINAL_LENGTH) {
            return false;
        }
        for (int i = 0; i < word.length() - 1; i++) {
            if (!Character.isDigit(word.charAt(i))) {
                return false;
            }
        }
        int e = boundary;
        while (e < text.length() && Character.isLetter(text.charAt(e))) {
            e++;
        }
        return names.contains(text.substring(boundary, e).toLowerCase(Locale.ROOT));
    }

    private static void addTrimmed(String text, int start, int end, List<Span> out) {
        int s = start;
        int e = end;
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        if (s < e) {
            out.add(new Span(s, e));
        }
    }
}
