package org.retour.entity;

import java.util.List;
import org.retour.model.Span;
import org.retour.resource.ResourceLines;

/**
 * Institutions whose names are written without a capital that the shape rules could see: "le ministère
 * de l'intérieur", "the foreign ministry", "وزارة الداخلية التونسية", from
 * {@code org/retour/entity/institution-names.txt}. A name counts only in an article of its language; a
 * demonym right after it belongs to the name and a place or demonym just before it ("Turkey's",
 * "Turkish") gives its seat.
 *
 * <p>Immutable and thread-safe.
 */
final class LowerCaseInstitutions {

    /**
     * A name found at tokens {@code first..last} (its demonym included), its span (without a proclitic:
     * "لوزارة" gives "وزارة") and the country that seats it, or null.
     */
    record Name(int first, int last, Span span, String seat) {
    }

    private static volatile LowerCaseInstitutions bundled;
    private final TokenTrie<String> names;

    private LowerCaseInstitutions(TokenTrie<String> names) {
        this.names = names;
    }

    /** The bundled list (loaded once). */
    static LowerCaseInstitutions bundled() {
        LowerCaseInstitutions l = bundled;
        if (l == null) {
            l = parse(ResourceLines.classpath("org/retour/entity/institution-names.txt"));
            bundled = l;
        }
        return l;
    }

    /** Names from lines of the form "lang name". */
    static LowerCaseInstitutions parse(List<String> lines) {
        TokenTrie.Builder<String> b = TokenTrie.builder();
        for (String line : lines) {
            int sp = line.indexOf(' ');
            if (sp < 0) {
                throw new IllegalArgumentException("institution-names: expected 'lang name': " + line);
            }
            String lang = line.substring(0, sp);
            b.add(TokenTrie.words(line.substring(sp + 1).strip(), "*".equals(lang) ? "fr" : lang), lang);
        }
        return new LowerCaseInstitutions(b.build());
    }

    /**
     * The institution whose name starts at token {@code i} in an article in {@code lang}, or null; tokens
     * already taken (a non-null {@code taken[k]}) are not used.
     */
    Name at(TokenView v, int i, String lang, AliasShapeOrganizationRecognizer.Found[] taken, Demonyms demonyms, PlaceGazetteer places) {
        if (taken[i] != null || !v.isWord(i)) {
            return null;
        }
        TokenTrie.Match<String> m = names.longestAt(v, i);
        if (m == null || !(m.value().equals(lang) || m.value().equals("*"))) {
            return null;
        }
        for (int k = m.first(); k <= m.last(); k++) {
            if (taken[k] != null) {
                return null;
            }
        }
        int last = m.last();
        String seat = null;
        int after = last + 1;
        if (after < v.size() && taken[after] == null && v.adjacent(last)
                && (v.isArabic(after) || !v.isCapitalised(after))) {
            TokenTrie.Match<String> d = demonyms.at(v, after);
            if (d != null && d.first() == after) {
                last = d.last();
                seat = d.value();
            }
        }
        if (seat == null) {
            seat = seatBefore(v, m.first(), demonyms, places);
        }
        if (seat == null) {
            seat = seatAfter(v, last, places);
        }
        return new Name(m.first(), last, new Span(m.span().start(), v.end(last)), seat);
    }

    /** The country of a place right after token {@code last} or after a short preposition ("في عمّان"), or null. */
    private static String seatAfter(TokenView v, int last, PlaceGazetteer places) {
        for (int j = last + 1; j <= last + 2 && j < v.size() && v.adjacent(j - 1); j++) {
            TokenTrie.Match<PlaceGazetteer.Place> p = places.trie().longestAt(v, j);
            if (p != null) {
                return country(p.value());
            }
            if (!v.isWord(j) || v.end(j) - v.start(j) > 2 || v.isCapitalised(j) && !v.isArabic(j)) {
                return null;
            }
        }
        return null;
    }

    private static String country(PlaceGazetteer.Place p) {
        String c = p.country();
        return c != null && c.length() == 2 && !c.equals("--") ? c : null;
    }

    /** The country of a place or demonym that ends just before token {@code i} ("Turkey's", "Turkish"), or null. */
    private static String seatBefore(TokenView v, int i, Demonyms demonyms, PlaceGazetteer places) {
        for (int j = Math.max(0, i - 3); j < i; j++) {
            TokenTrie.Match<PlaceGazetteer.Place> p = places.trie().longestAt(v, j);
            if (p != null && p.last() == i - 1 && country(p.value()) != null) {
                return country(p.value());
            }
            TokenTrie.Match<String> d = demonyms.at(v, j);
            if (d != null && d.last() == i - 1) {
                return d.value();
            }
        }
        return null;
    }
}
