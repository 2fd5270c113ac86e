package org.retour.figure;

import java.util.List;
import java.util.Objects;
import org.retour.entity.PlaceGazetteer;
import org.retour.entity.TokenTrie;
import org.retour.entity.TokenView;
import org.retour.model.DateMention;
import org.retour.model.Entity;
import org.retour.model.EntityType;
import org.retour.model.PublicationDate;
import org.retour.model.Span;

/**
 * Finds what the sentence of a figure tells around its number: what happened to those it counts
 * ("rentrées" is returned), the place, and the date.
 *
 * <p>Immutable and thread-safe.
 */
final class FigureCircumstances {

    private final FigureLexicon lex;
    private final PlaceGazetteer places;

    FigureCircumstances(FigureLexicon lex, PlaceGazetteer places) {
        this.lex = Objects.requireNonNull(lex);
        this.places = Objects.requireNonNull(places);
    }

    /**
     * What happened to those counted by the figure over tokens {@code figFirst..figLast} of the sentence
     * over tokens {@code from..to}: the first count word from the figure on, else the nearest one
     * before it; null when the sentence has none.
     */
    String counts(TokenView v, int from, int to, int figFirst, int figLast) {
        for (int k = figFirst; k <= to; k++) {
            TokenTrie.Match<String> m = lex.counts.longestAt(v, k);
            if (m != null) {
                return m.value();
            }
        }
        for (int k = figFirst - 1; k >= from; k--) {
            TokenTrie.Match<String> m = lex.counts.longestAt(v, k);
            if (m != null && m.last() < figFirst) {
                return m.value();
            }
        }
        return null;
    }

    /**
     * The place of the figure over tokens {@code figFirst..figLast}: the first place named after it in
     * its sentence over tokens {@code from..to}, else the nearest one before it; null when none is.
     */
    String place(TokenView v, int from, int to, int figFirst, int figLast, CueSourceFinder.EntityIndex ix) {
        for (int k = figLast + 1; k <= to; k++) {
            if (ix.byToken()[k] != null && ix.byToken()[k].type() == EntityType.PLACE) {
                return placeValue(ix.byToken()[k]);
            }
        }
        for (int k = figFirst - 1; k >= from; k--) {
            if (ix.byToken()[k] != null && ix.byToken()[k].type() == EntityType.PLACE) {
                return placeValue(ix.byToken()[k]);
            }
        }
        return null;
    }

    /** A country's ISO code, or another place's name. */
    private String placeValue(Entity place) {
        PlaceGazetteer.Place country = places.country(place.country());
        return country != null && country.canonical().equals(place.canonical()) ? place.country() : place.canonical();
    }

    /**
     * The date of the figure over {@code figure}: the value of the date nearest to it in its sentence
     * over tokens {@code from..to}, else the publication date; null when there is neither.
     */
    static String date(Span figure, TokenView v, int from, int to, List<DateMention> dates, PublicationDate pub) {
        int lo = v.start(from);
        int hi = v.end(to);
        DateMention best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (DateMention d : dates) {
            if (d.span().start() >= lo && d.span().end() <= hi) {
                int distance = d.span().end() <= figure.start() ? figure.start() - d.span().end()
                        : d.span().start() - figure.end();
                if (distance < bestDistance) {
                    bestDistance = distance;
                    best = d;
                }
            }
        }
        if (best != null) {
            return best.value();
        }
        return pub != null && pub.date() != null ? pub.date().toString() : null;
    }
}
