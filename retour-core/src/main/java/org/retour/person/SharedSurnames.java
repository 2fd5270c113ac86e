package org.retour.person;

import java.util.Comparator;
import java.util.List;
import org.retour.person.FoundPersons.Found;
import org.retour.person.PersonLexicon.Kind;

/**
 * A surname two given names share when a conjunction joins them before it (« Walid et Mehdi Benamara », "Tariq
 * and Sabir Rahman", „Ali und Yusuf Demir“): the person named by the first given name alone bears the surname
 * written after the second.
 *
 * <p>Stateless and thread-safe.
 */
final class SharedSurnames {

    private SharedSurnames() {
    }

    /**
     * Gives, in {@code order} (the persons of a document in the order of their first mention), each person
     * known by one given name the surname of the person whose full name follows it across a conjunction: the
     * one-word name is a given name of the lexicon, a conjunction stands right after it, and the next person's
     * name starts right after the conjunction with a given name of the lexicon and goes on in a surname. The
     * person is then named by the given name and that surname; a person of that full name found elsewhere in
     * the text takes its mentions.
     */
    static void share(String text, NameWords wd, List<Found> order) {
        for (int k = 0; k < order.size(); k++) {
            Found single = order.get(k);
            String surname = single.canonical.indexOf(' ') < 0 ? surnameAfter(text, wd, single, order) : null;
            if (surname == null) {
                continue;
            }
            if (rename(order, k, single.canonical + ' ' + surname)) {
                k--;
            }
        }
    }

    /**
     * Names the person at {@code k} of {@code order} by {@code canonical}, its mentions kept as written (« Walid »); a
     * person of that full name found elsewhere in the text takes its mentions instead, and the person leaves {@code
     * order}. Returns whether it left.
     */
    static boolean rename(List<Found> order, int k, String canonical) {
        Found single = order.get(k);
        Found named = new Found(canonical);
        named.labelRole = single.labelRole;
        named.tokenRanges.addAll(single.tokenRanges);
        named.mentions.addAll(single.mentions);
        Found same = null;
        for (Found f : order) {
            same = same == null && f != single && f.canonical.equals(canonical) ? f : same;
        }
        if (same == null) {
            order.set(k, named);
            return false;
        }
        same.mentions.addAll(named.mentions); // "Walid et Mehdi Benamara" … "Walid Benamara a dit"
        same.mentions.sort(Comparator.comparingInt(m -> m.span().start()));
        same.tokenRanges.addAll(named.tokenRanges);
        order.remove(k);
        return true;
    }

    /**
     * The surname the full name after {@code single}'s one-word name bears across a conjunction (« Walid et Mehdi
     * Benamara »: "Benamara"), or null.
     */
    private static String surnameAfter(String text, NameWords wd, Found single, List<Found> order) {
        for (int[] range : single.tokenRanges) {
            int first = range[0];
            int conj = range[1];
            if (range[1] - first != 1 || wd.givenName(first) == null || conj + 1 >= wd.size()
                    || !wd.entries.is(Kind.CONJ, conj)) {
                continue;
            }
            for (Found next : order) {
                for (int[] r : next.tokenRanges) {
                    if (next != single && r[0] == conj + 1 && r[1] - r[0] >= 2 && wd.givenName(r[0]) != null
                            && wd.capitalised(r[0] + 1)) {
                        int space = next.canonical.indexOf(' ');
                        return space > 0 ? next.canonical.substring(space + 1) : null;
                    }
                }
            }
        }
        return null;
    }
}
