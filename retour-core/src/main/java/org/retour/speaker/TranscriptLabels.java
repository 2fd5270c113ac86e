package org.retour.speaker;

import static org.retour.speaker.QuoteOffsets.lastNonBlankBefore;
import static org.retour.speaker.QuoteOffsets.lineStart;

import java.util.Locale;
import org.retour.model.Entity;
import org.retour.model.Mention;
import org.retour.person.Gender;
import org.retour.person.Tokens;
import org.retour.quote.MarkQuoteExtractor;
import org.retour.person.Referents.Referent;

/**
 * The speaker label of a broadcast transcript's turn: a line that opens with a name in capitals, an optional
 * role after a comma or remark in brackets and a colon (or a full stop and a dash), right before the quote
 * (« HAMDI (voix traduite de l'arabe) : « … » », « SLIM BEN AMOR : « … » », "NORA PELLING, HOST: “…”",
 * « LÉA MARCHAND. — « … » »), gives the quote to the person the text names so, elsewhere in ordinary case or
 * by the labels alone.
 *
 * <p>Reads the quote's line up to its opening mark and the document's persons: linear in the text. Stateless
 * and thread-safe.
 */
final class TranscriptLabels {

    /** The most words a label holds. */
    private static final int MAX_WORDS = 4;
    /** The most characters between a line's start and the quote that a label with its remark may take. */
    private static final int MAX_LABEL = 80;

    /** A space or a no-break space between a label's words (compiled once, not per label). */
    private static final java.util.regex.Pattern LABEL_SPACES = java.util.regex.Pattern.compile("[ \u00a0]");

    private TranscriptLabels() {
    }

    /**
     * The person whose name the label before the quote opening at {@code open} writes in capitals, as the
     * referent of their mention nearest before the quote (else their first one), or null when no label stands
     * there or it names no one of the text.
     */
    static Referent speaker(SpeakerDocument d, int open) {
        String label = label(d.text, open);
        if (label == null) {
            return null;
        }
        Entity person = null;
        for (Entity e : d.persons) {
            if (names(e.canonical(), label)) {
                if (person != null && person != e) {
                    return null; // two persons fit: the label does not tell which
                }
                person = e;
            }
        }
        if (person == null) {
            return null;
        }
        Referent found = null;
        for (Referent r : d.referents.all()) {
            if (r.person() == person && r.description() == null) {
                if (found != null && r.span().start() >= open) {
                    break;
                }
                found = r;
            }
        }
        if (found == null) {
            for (Mention m : person.mentions()) { // named by the labels alone ("YERLAN:"): the label before the quote
                if (m.kind() == Mention.Kind.ALIAS && m.span().end() <= open) {
                    found = new Referent(m.span(), person, null, Gender.UNKNOWN);
                }
            }
        }
        return found;
    }

    /**
     * The label, lower-cased, that opens the line of the quote opening at {@code open} and ends with a colon
     * right before it, its remark in brackets left out; else null.
     */
    static String label(String text, int open) {
        int start = lineStart(text, open);
        int colon = lastNonBlankBefore(text, open);
        if (colon > start && (text.charAt(colon) == '—' || text.charAt(colon) == '–')) {
            colon = lastNonBlankBefore(text, colon); // « LÉA MARCHAND. — « … » »: a full stop and a dash
            if (colon <= start || text.charAt(colon) != '.') {
                return null;
            }
        } else if (colon <= start || text.charAt(colon) != ':') {
            return null;
        }
        if (open - start > MAX_LABEL) {
            return null;
        }
        int end = colon;
        while (end > start && MarkQuoteExtractor.isBlankChar(text.charAt(end - 1))) {
            end--;
        }
        if (end > start && text.charAt(end - 1) == ')') {
            int bracket = text.lastIndexOf('(', end - 1);
            if (bracket <= start) {
                return null;
            }
            end = bracket;
            while (end > start && MarkQuoteExtractor.isBlankChar(text.charAt(end - 1))) {
                end--;
            }
        }
        int comma = text.lastIndexOf(',', end - 1);
        if (comma > start) {
            end = comma; // "RACHEL DORSEY, HOST": the role after the comma
        }
        String label = text.substring(start, end);
        return capitals(label) ? label.toLowerCase(Locale.ROOT) : null;
    }

    /** Whether {@code label} is one to {@link #MAX_WORDS} words written in capitals, one of them of two letters or more. */
    private static boolean capitals(String label) {
        String[] words = LABEL_SPACES.split(label);
        if (label.isEmpty() || words.length > MAX_WORDS) {
            return false;
        }
        boolean long2 = false;
        for (String w : words) {
            int letters = Tokens.capitalLetters(w, 0, w.length());
            if (letters < 0) {
                return false;
            }
            long2 |= letters >= 2;
        }
        return long2;
    }

    /**
     * Whether a person's name is the label's: the same words, the last words of either (« SLIM BEN AMOR »
     * for Ben Amor, « LEFORT » for Mathieu Lefort), or a label of one word that is the name's first (« SONIA » for
     * Sonia Trabelsi, whom the text named « sa sœur Sonia »).
     */
    static boolean names(String canonical, String label) {
        String name = canonical.toLowerCase(Locale.ROOT);
        return name.equals(label) || label.endsWith(" " + name) || name.endsWith(" " + label)
                || label.indexOf(' ') < 0 && name.startsWith(label + " ");
    }
}
