package org.retour.person;

import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import org.retour.model.Mention;

/**
 * Joins a person known by one word to the one person named later with a full name that opens with that
 * word ("son fils Anis, 28 ans" … "Anis Ouali est considéré …"): a given name told before the full name.
 *
 * <p>Stateless and thread-safe.
 */
final class GivenNames {

    private GivenNames() {
    }

    /**
     * Joins, in {@code order} (persons in the order of their first mention), each one-word person to the
     * single later person whose full name opens with that word: the full person takes the place of the
     * first mention and the one-word mentions; its role is still read beside the full name only ("Son fils
     * Anis": kin, not a role). A word that opens several full names stays a person of its own.
     */
    static <F> void join(List<F> order, Function<F, String> canonical, Function<F, List<Mention>> mentions) {
        for (int k = 0; k < order.size(); k++) {
            F single = order.get(k);
            String word = canonical.apply(single);
            if (word.indexOf(' ') >= 0 || mentions.apply(single).isEmpty()) {
                continue;
            }
            F full = null;
            int count = 0;
            for (int j = k + 1; j < order.size(); j++) {
                String name = canonical.apply(order.get(j));
                if (name.indexOf(' ') == word.length() && name.startsWith(word)) {
                    full = order.get(j);
                    count++;
                }
            }
            if (count == 1) {
                List<Mention> all = mentions.apply(full);
                all.addAll(mentions.apply(single));
                all.sort(Comparator.comparingInt(m -> m.span().start()));
                order.remove(full);
                order.set(k, full);
            }
        }
    }
}
