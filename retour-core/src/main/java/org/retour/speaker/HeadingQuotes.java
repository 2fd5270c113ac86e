package org.retour.speaker;

import java.util.ArrayList;
import java.util.List;
import org.retour.model.Attribution;
import org.retour.model.Quote;

/**
 * Quotes printed as a heading over the entry or section that quotes their speaker ("'He just wants to come home
 * and face it'", "Labour: 'Leaving them there is the riskier option'"), as live pages and long reads do: a line of
 * its own holding only the quote, after a short label and its colon at most, with no full stop or other mark
 * ending the words. Such a quote is the words of the speaker of the quote that holds them (« Chair à canon » over
 * « “Nous, on était de la chair à canon pour eux” »), else of whoever speaks first in the paragraphs under it, never
 * those of the speaker before it. Stateless and thread-safe.
 */
final class HeadingQuotes {

    /** The most words a heading quote holds. */
    static final int MAX_WORDS = 15;
    /** The most words a label before the heading's colon holds ("Save the Children:"). */
    static final int LABEL_WORDS = 4;
    /** The fewest letters a heading needs to be looked for in the text's other quotes. */
    static final int MIN_LETTERS = 8;
    /** How many paragraphs under the heading its speaker may first speak in. */
    static final int PARAGRAPHS = 4;

    /** Runs of white space between words (compiled once, not per quote). */
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    private HeadingQuotes() {
    }

    /** The quotes with each heading quote given to the first speaker under it; the others as they are. */
    static List<Quote> assign(SpeakerDocument d, List<Quote> quotes) {
        List<Quote> out = null;
        for (int i = 0; i < quotes.size(); i++) {
            Quote q = quotes.get(i);
            if (q.parent() != null || q.attribution() instanceof Attribution.Cued || !heading(d, q)) {
                continue;
            }
            Quote source = repeated(quotes, q);
            if (source != null) { // « Chair à canon » over « Il me répétait : “Nous, on était de la chair à canon” »
                out = out != null ? out : new ArrayList<>(quotes);
                out.set(i, q.withAttribution(new Attribution.Contextual(source.attribution().speaker())));
                continue;
            }
            int paragraph = d.paragraph(q.span().start());
            for (int j = i + 1; j < quotes.size(); j++) {
                Quote next = quotes.get(j);
                if (next.parent() != null) {
                    continue;
                }
                if (d.paragraph(next.span().start()) - paragraph > PARAGRAPHS || heading(d, next)) {
                    break;
                }
                if (next.attribution().speaker() != null) {
                    out = out != null ? out : new ArrayList<>(quotes);
                    out.set(i, q.withAttribution(new Attribution.Contextual(next.attribution().speaker())));
                    break;
                }
            }
        }
        return out != null ? out : quotes;
    }

    /**
     * The shortest other quote, nested or not, whose words hold the heading's ({@code heading}'s, compared in lower
     * case with marks and white space ignored), when it has a speaker, or null: a heading repeats words said in the
     * text, and the innermost quote that holds them is the one who said them.
     */
    private static Quote repeated(List<Quote> quotes, Quote heading) {
        String words = letters(heading.text());
        if (words.length() < MIN_LETTERS) {
            return null;
        }
        Quote inner = null;
        for (Quote other : quotes) {
            if (other != heading && !other.span().equals(heading.span()) && letters(other.text()).contains(words)
                    && (inner == null || other.text().length() < inner.text().length())) {
                inner = other;
            }
        }
        return inner != null && inner.attribution().speaker() != null ? inner : null;
    }

    /** The letters and digits of {@code s} in lower case, without anything else. */
    private static String letters(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                b.append(Character.toLowerCase(c));
            }
        }
        return b.toString();
    }

    /**
     * How many pieces {@link #SPACES} splits {@code s} from {@code from} to {@code to} into, when neither end is white
     * space: one more than its runs of white space ({@code \s}), counted without a regular expression nor an array.
     */
    static int wordCount(String s, int from, int to) {
        int n = 1;
        boolean space = false;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            boolean blank = c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
            if (blank && !space) {
                n++;
            }
            space = blank;
        }
        return n;
    }

    /** Whether a quote stands as a heading: see the class comment. */
    static boolean heading(SpeakerDocument d, Quote q) {
        String text = d.text;
        String words = q.text();
        int from = 0; // the words stripped of white space at both ends, as strip() reads it, without a copy
        int to = words.length();
        while (to > 0 && Character.isWhitespace(words.charAt(to - 1))) {
            to--;
        }
        while (from < to && Character.isWhitespace(words.charAt(from))) {
            from++;
        }
        if (from == to || !Character.isLetterOrDigit(words.charAt(to - 1)) || wordCount(words, from, to) > MAX_WORDS) {
            return false;
        }
        int open = QuoteOffsets.openMark(text, q.span());
        int end = QuoteOffsets.outerEnd(text, q.span());
        int lineStart = QuoteOffsets.lineStart(text, open);
        int lineEnd = QuoteOffsets.lineEnd(text, end);
        if (lineStart < 2 || !text.substring(end, lineEnd).isBlank() || text.charAt(lineStart - 1) != '\n') {
            return false; // a paragraph of its own
        }
        String label = text.substring(lineStart, open).strip();
        return label.isEmpty() || label.endsWith(":") && SPACES.split(label).length <= LABEL_WORDS
                && Character.isUpperCase(label.charAt(0));
    }
}
