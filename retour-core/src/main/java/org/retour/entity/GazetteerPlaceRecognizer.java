package org.retour.entity;

import java.util.List;
import java.util.Objects;
import org.retour.model.Entity;
import org.retour.model.EntityType;
import org.retour.model.Mention;
import org.retour.model.Span;
import org.retour.pipeline.Analysis;
import org.retour.pipeline.Layers;

/**
 * Finds places by the names of a {@link PlaceGazetteer}, longest name first, outside the names of
 * organisations: the "Levant" of "Etat Islamique en Irak et au Levant" belongs to the group.
 *
 * <p>Immutable and thread-safe.
 */
public final class GazetteerPlaceRecognizer implements EntityRecognizer {

    private final PlaceGazetteer gazetteer;

    public GazetteerPlaceRecognizer(PlaceGazetteer gazetteer) {
        this.gazetteer = Objects.requireNonNull(gazetteer);
    }

    @Override
    public List<Entity> recognize(Analysis analysis, TokenView v) {
        int n = v.size();
        boolean[] taken = new boolean[n];
        for (Entity e : analysis.list(Layers.ORGANIZATIONS)) {
            for (Mention m : e.mentions()) {
                mark(v, taken, m.span());
            }
        }
        EntityCollector out = new EntityCollector(EntityType.PLACE, "L");
        for (int i = 0; i < n; i++) {
            if (taken[i] || !v.isCapitalised(i)) {
                continue;
            }
            TokenTrie.Match<PlaceGazetteer.Place> m = gazetteer.trie().longestAt(v, i);
            if (m == null || anyTaken(taken, m.first(), m.last())) {
                continue;
            }
            PlaceGazetteer.Place p = m.value();
            String text = m.span().of(v.text());
            Mention.Kind kind = Fold.key(text).equals(Fold.key(p.canonical())) ? Mention.Kind.NAME : Mention.Kind.ALIAS;
            out.add(p, p.canonical(), p.country(), new Mention(m.span(), text, kind));
            i = m.last();
        }
        return out.entities();
    }

    private static void mark(TokenView v, boolean[] taken, Span span) {
        for (int k = v.indexAt(span.start()); k < v.size() && v.start(k) < span.end(); k++) {
            taken[k] = true;
        }
        int before = v.indexAt(span.start()) - 1;
        if (before >= 0 && v.end(before) > span.start()) {
            taken[before] = true;
        }
    }

    private static boolean anyTaken(boolean[] taken, int first, int last) {
        for (int k = first; k <= last; k++) {
            if (taken[k]) {
                return true;
            }
        }
        return false;
    }
}
