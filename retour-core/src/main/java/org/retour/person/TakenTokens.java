package org.retour.person;

import java.util.List;
import org.retour.entity.TokenView;
import org.retour.model.Entity;
import org.retour.model.Mention;
import org.retour.model.Span;

/**
 * The tokens that organisations and places take, marked so that a run of capitalised words over them is
 * not made a person by its speech verb alone.
 */
final class TakenTokens {

    private TakenTokens() {
    }

    /**
     * Which tokens overlap a mention of one of the entities of {@code a} or {@code b} (organisations,
     * places): the same as {@link #of(TokenView, List)} of their mentions' spans in text order.
     *
     * <p>Design decision: each mention marks the few tokens it covers, found by a binary search, rather
     * than the spans being gathered, sorted and swept along every token of the document.
     */
    static boolean[] of(TokenView view, List<Entity> a, List<Entity> b) {
        return of(view, a, b, new boolean[view.size()]);
    }

    /**
     * As {@link #of(TokenView, List, List)}, marking the tokens in {@code out}, false over the tokens of
     * {@code view} and possibly longer; returns {@code out}.
     */
    static boolean[] of(TokenView view, List<Entity> a, List<Entity> b, boolean[] out) {
        mark(view, a, out);
        mark(view, b, out);
        return out;
    }

    private static void mark(TokenView view, List<Entity> entities, boolean[] out) {
        int n = view.size();
        for (int e = 0; e < entities.size(); e++) {
            List<Mention> mentions = entities.get(e).mentions();
            for (int m = 0; m < mentions.size(); m++) {
                Span s = mentions.get(m).span();
                // the token before the first one starting in the span may reach into it
                for (int k = Math.max(0, view.indexAt(s.start()) - 1); k < n && view.start(k) < s.end(); k++) {
                    if (view.end(k) > s.start()) {
                        out[k] = true;
                    }
                }
            }
        }
    }

    /** Which tokens fall inside one of the spans (sorted by start). */
    static boolean[] of(TokenView view, List<Span> taken) {
        boolean[] out = new boolean[view.size()];
        int s = 0;
        for (int k = 0; k < out.length && s < taken.size(); k++) {
            int start = view.start(k);
            while (s < taken.size() && taken.get(s).end() <= start) {
                s++;
            }
            out[k] = s < taken.size() && taken.get(s).start() < view.end(k);
        }
        return out;
    }

}
