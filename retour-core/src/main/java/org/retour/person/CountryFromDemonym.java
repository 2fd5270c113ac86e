package org.retour.person;

import java.util.ArrayList;
import java.util.List;
import org.retour.entity.Demonyms;
import org.retour.entity.TokenTrie;
import org.retour.entity.TokenView;
import org.retour.model.Entity;
import org.retour.model.Mention;
import org.retour.model.Token;

/**
 * Gives a person the country of a demonym beside one of their names: before it ("le Français Yassine
 * Belkadi", "the Belgian Yassin O.") or in an apposition after it ("Ibrahim, un Algérien de 27 ans",
 * "Omar, a 31-year-old Syrian", "Lena S., eine Deutsche"). Looks at a few tokens around each name.
 */
final class CountryFromDemonym {

    /** How many tokens after the comma of an apposition a demonym may come. */
    static final int AFTER_REACH = 5;
    /** How many tokens before a name a demonym may start. */
    static final int BEFORE_REACH = 3;

    private CountryFromDemonym() {
    }

    /** The persons, each with the country of the first demonym found beside one of their names. */
    static List<Entity> apply(Demonyms demonyms, TokenView v, List<Entity> persons) {
        List<Entity> out = null;
        for (int p = 0; p < persons.size(); p++) {
            Entity e = persons.get(p);
            if (e.country() != null) {
                continue;
            }
            String country = null;
            for (Mention m : e.mentions()) {
                if (m.kind() != Mention.Kind.NAME) {
                    continue;
                }
                country = around(demonyms, v, m);
                if (country != null) {
                    break;
                }
            }
            if (country != null) {
                if (out == null) {
                    out = new ArrayList<>(persons);
                }
                out.set(p, new Entity(e.id(), e.type(), e.canonical(), e.aliases(), e.role(), country, e.mentions()));
            }
        }
        return out == null ? persons : out;
    }

    private static String around(Demonyms demonyms, TokenView v, Mention m) {
        int a = first(v, m.span().start());
        if (a < 0) {
            return null;
        }
        int b = a;
        while (b < v.size() && v.end(b) <= m.span().end()) {
            b++;
        }
        for (int i = Math.max(0, a - BEFORE_REACH); i < a; i++) {
            TokenTrie.Match<String> d = demonyms.at(v, i);
            if (d != null && (d.last() == a - 1 || d.last() == a - 2 && ",".equals(v.surface(a - 1)))) {
                return d.value();
            }
        }
        if (b < v.size() && ",".equals(v.surface(b))) {
            for (int i = b + 1; i < Math.min(v.size(), b + 1 + AFTER_REACH); i++) {
                if (v.kind(i) != Token.Kind.WORD && v.kind(i) != Token.Kind.NUMBER && !"-".equals(v.surface(i))) {
                    break;
                }
                TokenTrie.Match<String> d = demonyms.at(v, i);
                if (d != null) {
                    return d.value();
                }
            }
        }
        return null;
    }

    /** The index of the token starting at {@code offset}, or -1. */
    private static int first(TokenView v, int offset) {
        int lo = 0;
        int hi = v.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (v.start(mid) < offset) {
                lo = mid + 1;
            } else if (v.start(mid) > offset) {
                hi = mid - 1;
            } else {
                return mid;
            }
        }
        return -1;
    }
}
