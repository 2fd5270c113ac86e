package org.retour.speaker;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.retour.model.Entity;
import org.retour.model.Mention;
import org.retour.model.Quote;
import org.retour.model.Span;

/**
 * What {@link NameNeighbourhood} does not read across beside a person's names, for one document: the mentions of
 * every person with the person they name, and the top-level quotes, each in text order.
 *
 * <p>Design decision: the words beside the names of each speaker are read in turn; sorting the document's
 * mentions and quotes once, rather than for each speaker, keeps the work from growing with speakers times
 * mentions. The order of mentions of one start stays that of the persons and of their mentions (a stable sort),
 * as sorting each speaker's list of the others gave it. Immutable.
 */
record NameBarriers(List<Owned> mentions, List<Span> quotes) {

    /** A person's mention: its span and the person. */
    record Owned(Span span, Entity person) {
    }

    /** The barriers of a document with these persons and quotes. */
    static NameBarriers of(List<Entity> persons, List<Quote> quotes) {
        List<Owned> mentions = new ArrayList<>();
        for (Entity e : persons) {
            for (Mention m : e.mentions()) {
                mentions.add(new Owned(m.span(), e));
            }
        }
        mentions.sort(Comparator.comparingInt(o -> o.span().start()));
        List<Span> inQuotes = new ArrayList<>();
        for (Quote q : quotes) {
            if (q.parent() == null) {
                inQuotes.add(q.span());
            }
        }
        inQuotes.sort(Comparator.comparingInt(Span::start));
        return new NameBarriers(List.copyOf(mentions), List.copyOf(inQuotes));
    }

    /** The spans of the mentions of every person but {@code person}, in text order. */
    List<Span> others(Entity person) {
        List<Span> out = new ArrayList<>(mentions.size());
        for (Owned o : mentions) {
            if (o.person() != person) {
                out.add(o.span());
            }
        }
        return out;
    }
}
