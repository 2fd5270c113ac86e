package org.retour.speaker;

import java.util.List;
import org.retour.model.Entity;
import org.retour.model.Mention;
import org.retour.model.Offsets;
import org.retour.model.Span;
import org.retour.person.Referents;

/**
 * The spans of a document's top-level quotes, in text order, and what is asked of them: whether a span lies inside
 * one, the quote that opens right after an offset, whether a person is named inside the quote after a mark.
 *
 * <p>Immutable and thread-safe.
 */
final class TopQuotes {

    /** How far after its opening mark a quote's words may start (a mark and a no-break space). */
    static final int QUOTE_AFTER_MARK = 3;

    /** First-person phrases before a name by which a speaker names themselves ("I'm Tariq", « je m'appelle Karim »). */
    private static final List<String> SELF_NAMING = List.of("i'm ", "i’m ", "i am ", "name is ", "m'appelle ",
            "m’appelle ", "je suis ", "ich bin ", "heiße ");

    private final List<Span> spans;

    TopQuotes(List<Span> spans) {
        this.spans = List.copyOf(spans);
    }

    /** Whether {@code s} lies inside a top-level quote. */
    boolean holds(Span s) {
        return Referents.inside(spans, s);
    }

    /** The first quote whose text starts at or after {@code offset} and at most {@code gap} characters after it, or null. */
    Span after(int offset, int gap) {
        int i = Offsets.firstAtOrAfter(spans, Span::start, offset);
        return i < spans.size() && spans.get(i).start() - offset <= gap ? spans.get(i) : null;
    }

    /**
     * Whether {@code person} is named by name inside the quote whose opening mark is at {@code open}, a name the
     * speaker gives themselves aside ("I'm Tariq"); {@code lower} is the document's text in lower case.
     */
    boolean namesInQuoteAt(Entity person, int open, LowerText lower) {
        Span quote = after(open + 1, QUOTE_AFTER_MARK - 1); // the first quote whose words start after the mark
        if (quote == null) {
            return false;
        }
        for (Mention m : person.mentions()) {
            if (m.kind() == Mention.Kind.NAME && quote.contains(m.span()) && !selfNamed(lower, m.span().start())) {
                return true;
            }
        }
        return false;
    }

    /** Whether a self-naming phrase of {@link #SELF_NAMING} ends right before {@code at}. */
    private static boolean selfNamed(LowerText lower, int at) {
        for (String s : SELF_NAMING) {
            if (lower.startsWith(s, at - s.length())) {
                return true;
            }
        }
        return false;
    }
}
