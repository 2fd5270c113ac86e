package org.retour.speaker;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.retour.model.Quote;
import org.retour.model.Span;
import org.retour.speaker.VoiceContext.Signal;

/**
 * The words of a quote that are its speaker's own: the quote less the quotes nested in it, which someone else
 * spoke (« Un jour, elle m'a dit : ‹ Maman, ici on mange l'herbe › » tells of the daughter's life there, not of the
 * mother's).
 *
 * <p>Immutable after construction; one pass over the quotes to find their nested quotes.
 */
final class OwnWords {

    private final Map<String, List<Span>> nested = new HashMap<>();

    /** The nested quotes of {@code quotes}, kept by the id of the quote around them. */
    OwnWords(List<Quote> quotes) {
        for (Quote q : quotes) {
            if (q.parent() != null) {
                nested.computeIfAbsent(q.parent(), k -> new ArrayList<>()).add(q.span());
            }
        }
    }

    /** The signals {@code sig} of the tokens of {@code q} outside the quotes nested in it. */
    SignalCounts count(Signal[] sig, SentenceSignals tokens, Quote q) {
        int from = tokens.tokenAt(q.span().start());
        int to = tokens.tokenAt(q.span().end());
        SignalCounts c = SignalCounts.count(sig, from, to);
        for (Span inner : nested.getOrDefault(q.id(), List.of())) {
            int a = Math.max(from, tokens.tokenAt(inner.start()));
            int b = Math.min(to, tokens.tokenAt(inner.end()));
            SignalCounts theirs = SignalCounts.count(sig, a, Math.max(a, b));
            for (int i = 0; i < c.n.length; i++) {
                c.n[i] -= theirs.n[i];
            }
        }
        return c;
    }
}
