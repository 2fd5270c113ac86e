package org.retour.speaker;

import java.util.Locale;
import java.util.Set;
import org.retour.model.Speaker;
import org.retour.resource.GrammarWords;

/**
 * Finds the organisation whose name stands right before a quote that opens with a word in lower case: the quote
 * is the predicate of that subject, so its words are the organisation's (« Sollicité, le ministère de la Justice
 * « ne commente pas les cas individuels » », "The ministry “does not comment on individual cases”", „Das
 * Ministerium „äußert sich nicht zu Einzelfällen““).
 *
 * <p>Stateless and thread-safe.
 */
final class PredicateQuotes {

    /** The articles that may stand before the organisation's name. */
    private static final Set<String> ARTICLES = GrammarWords.bundled().anyLanguage(
            GrammarWords.Kind.DEFINITE, GrammarWords.Kind.PLURAL);

    private PredicateQuotes() {
    }

    /**
     * The organisation right before the quote whose opening mark is at {@code open}, with only spaces between its
     * name and the mark, when the quote's first letter is in lower case; else null.
     */
    static Speaker subject(SpeakerDocument d, int open) {
        int first = open + 1;
        while (first < d.text.length() && Character.isWhitespace(d.text.charAt(first)) || first < d.text.length()
                && Character.isSpaceChar(d.text.charAt(first))) {
            first++;
        }
        if (first >= d.text.length() || !Character.isLowerCase(d.text.charAt(first))) {
            return null;
        }
        int lo = 0;
        int hi = d.orgs.size() - 1;
        int at = -1; // the last mention that ends at or before the mark
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (d.orgs.get(mid).span().end() <= open) {
                at = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        if (at < 0) {
            return null;
        }
        SpeakerDocument.OrganisationMention last = d.orgs.get(at);
        int gap = open - last.span().end();
        if (gap < 1 || gap > 2 || !d.text.substring(last.span().end(), open).isBlank()
                || !opensClause(d.text, last.span().start())) {
            return null; // "sent to fight Jabhat al-Nusra “instead of the regime”": an object, not the subject
        }
        return CueFinder.organisationSpeaker(d, last.entity(), last.span());
    }

    /**
     * Whether the name starting at {@code start}, past its article, opens a sentence or follows a comma: the
     * subject of its clause.
     */
    private static boolean opensClause(String text, int start) {
        int i = skipBlanks(text, start - 1);
        int wordEnd = i + 1;
        while (i >= 0 && (Character.isLetter(text.charAt(i)) || text.charAt(i) == '\'' || text.charAt(i) == '’')) {
            i--;
        }
        if (wordEnd > i + 1 && !ARTICLES.contains(text.substring(i + 1, wordEnd).toLowerCase(Locale.ROOT))) {
            return false;
        }
        i = skipBlanks(text, i);
        return i < 0 || ".,;:!?»”\n".indexOf(text.charAt(i)) >= 0;
    }

    /** The offset of the last character at or before {@code i} that is no blank (no line break either), or -1. */
    private static int skipBlanks(String text, int i) {
        while (i >= 0 && text.charAt(i) != '\n' && (Character.isWhitespace(text.charAt(i))
                || Character.isSpaceChar(text.charAt(i)))) {
            i--;
        }
        return i;
    }
}
