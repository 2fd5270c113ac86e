package org.retour.eval;

import java.util.List;
import org.retour.model.Attribution;
import org.retour.model.Quote;
import org.retour.model.Span;
import org.retour.model.Speaker;
import org.retour.model.Voice;
import org.retour.pipeline.Analysis;

/** Hand-made gold articles and predictions for the evaluator tests. */
final class EvalFixtures {

    private EvalFixtures() {
    }

    /** A gold article with only the given annotation lists (null: not annotated). */
    static GoldDocument gold(String id, String lang, String body, List<GoldQuote> quotes, List<GoldNarrative> narratives,
                             List<GoldEntity> entities, List<GoldDate> dates, List<GoldFigure> figures) {
        return new GoldDocument(id, lang, null, null, null, body, quotes, narratives, entities, dates, figures);
    }

    /** The span of the first occurrence of {@code s} in {@code body}. */
    static Span at(String body, String s) {
        int i = body.indexOf(s);
        if (i < 0) {
            throw new IllegalArgumentException("not in body: " + s);
        }
        return new Span(i, i + s.length());
    }

    /** A predicted quote over {@code span}, said by {@code name} with {@code voice}, or unattributed when voice is null. */
    static Quote quote(String id, String body, Span span, String name, Voice voice) {
        Attribution a = voice == null ? new Attribution.Unattributed()
                : new Attribution.Contextual(new Speaker(null, name, null, null, voice));
        return new Quote(id, span, span.of(body), false, null, "fr", a);
    }

    /** An empty analysis of the gold body. */
    static Analysis analysis(GoldDocument g) {
        return Analysis.of(g.toDocument());
    }
}
