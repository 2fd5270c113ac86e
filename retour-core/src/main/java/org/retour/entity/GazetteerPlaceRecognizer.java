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
 * <p>A Latin name needs a capital in one of its words ("Nice", "al-Hol", "east London"), and it begins
 * with a lower-case word only when the gazetteer writes one of its names so. A name that
 * is also a common word or a given name ("Nancy", "Reading", "Essen" in German) is a place only after
 * a preposition ("à Nancy", "in Reading", "in the US"), after another place and a comma or a conjunction ("Metz,
 * Nancy"), or as a dateline in capitals ("NANCY (AFP)"), and never right before a capitalised word
 * ("Nancy Martin").
 *
 * <p>Immutable and thread-safe.
 */
public final class GazetteerPlaceRecognizer implements EntityRecognizer {

    private final PlaceGazetteer gazetteer;
    /** Whether a mention names a place by its canonical name or an alias. */
    private final CanonicalKinds kinds = new CanonicalKinds();

    public GazetteerPlaceRecognizer(PlaceGazetteer gazetteer) {
        this.gazetteer = Objects.requireNonNull(gazetteer);
    }

    /** Per token of the document being read on this thread: whether an organisation or a place has it. */
    private static final ScratchArray.Booleans TAKEN = new ScratchArray.Booleans();

    @Override
    public List<Entity> recognize(Analysis analysis, TokenView v) {
        int n = v.size();
        boolean[] taken = TAKEN.cleared(n);
        for (Entity e : analysis.list(Layers.ORGANIZATIONS)) {
            for (Mention m : e.mentions()) {
                mark(v, taken, m.span());
            }
        }
        String lang = analysis.find(Layers.LANGUAGE).map(l -> l.code()).orElse("und");
        EntityCollector out = new EntityCollector(EntityType.PLACE, "L");
        int lastPlace = -2;
        for (int i = 0; i < n; i++) {
            if (taken[i] || !v.isCapitalised(i) && !gazetteer.beginsInLowerCase(v, i)) {
                continue;
            }
            TokenTrie.Match<PlaceGazetteer.Place> m = gazetteer.trie().longestAt(v, i);
            if (m == null || anyTaken(taken, m.first(), m.last()) || !hasCapital(v, m.first(), m.last())) {
                continue;
            }
            String text = m.span().of(v.text());
            String key = v.keyOf(text, m.span(), m.first(), m.last());
            if (gazetteer.isAmbiguous(key, lang) && !inPlaceContext(v, m, lang, lastPlace)) {
                continue;
            }
            PlaceGazetteer.Place p = m.value();
            Mention.Kind kind = kinds.of(key, p.canonical());
            out.add(p, p.canonical(), p.country(), new Mention(m.span(), text, kind));
            i = m.last();
            lastPlace = i;
        }
        return out.entities();
    }

    /** Whether one of tokens {@code first..last} has a capital letter (a word of a script without case counts). */
    private static boolean hasCapital(TokenView v, int first, int last) {
        for (int k = first; k <= last; k++) {
            if (v.isCapitalised(k)) {
                return true;
            }
            String s = v.surface(k);
            for (int c = 1; c < s.length(); c++) {
                if (Character.isUpperCase(s.charAt(c)) && s.charAt(c - 1) == '-') {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether the ambiguous name {@code m} stands where a place does: after a preposition (and maybe an
     * article: "in the US", "à la Défense") or after the
     * place that ended at token {@code lastPlace} and a comma or a conjunction, or as a dateline in
     * capitals; and not right before a capitalised word nor as the head of a hyphenated word ("US-led").
     */
    private boolean inPlaceContext(TokenView v, TokenTrie.Match<PlaceGazetteer.Place> m, String lang, int lastPlace) {
        int next = m.last() + 1;
        if (m.span().end() < v.end(m.last())
                || next < v.size() && v.adjacent(m.last()) && v.isWord(next) && v.isCapitalised(next)) {
            return false;
        }
        if (isDateline(v, m)) {
            return true;
        }
        int before = m.first() - 1;
        if (before < 0 || !v.adjacent(before)) {
            return false;
        }
        String key = v.key(before);
        if (gazetteer.isPreposition(key, lang) || isArticle(v, before) && before > 0 && v.adjacent(before - 1)
                && gazetteer.isPreposition(v.key(before - 1), lang)) {
            return true;
        }
        // "Metz, Nancy", "Metz et Nancy": a comma or a short lower-case word after a place
        return before - 1 == lastPlace && (key.equals(",")
                || v.isWord(before) && !v.isCapitalised(before) && key.length() <= 4);
    }

    /** Whether token {@code k} is a short lower-case word, as an article is ("the", "la", "den", "l'"). */
    private static boolean isArticle(TokenView v, int k) {
        return v.isWord(k) && !v.isCapitalised(k) && v.key(k).length() <= 3;
    }

    /** Whether {@code m} is written in capitals at the start of a line ("NANCY (AFP) -"). */
    private static boolean isDateline(TokenView v, TokenTrie.Match<PlaceGazetteer.Place> m) {
        String s = v.text().substring(v.start(m.first()), v.end(m.last()));
        if (!s.equals(s.toUpperCase(java.util.Locale.ROOT)) || s.equals(s.toLowerCase(java.util.Locale.ROOT))) {
            return false;
        }
        for (int k = v.start(m.first()) - 1; k >= 0; k--) {
            char c = v.text().charAt(k);
            if (c == '\n') {
                return true;
            }
            if (!Character.isWhitespace(c)) {
                return false;
            }
        }
        return true;
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
