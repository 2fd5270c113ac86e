package org.retour.person;

import java.util.List;
import org.retour.model.Entity;
import org.retour.person.Referents.Referent;

/**
 * The name a naming phrase gives a description after it in the same paragraph ("The woman, identified only as
 * Ilse B.", « un ancien combattant, qui se présente sous le nom de Rachid B. »), for {@link DescriptionNames}.
 *
 * <p>Stateless and thread-safe.
 */
final class NamedAsDescriptions {

    /** How far after a description a naming phrase and its name may come ("…, who asked to be identified as X"). */
    static final int NAMING_REACH = 160;
    private static final NamingPhrases NAMING = NamingPhrases.bundled();
    private static final NamingGaps GAPS = NamingGaps.bundled();

    private NamedAsDescriptions() {
    }

    /**
     * The person whose name a naming phrase gives after a description in the same paragraph ("The
     * woman, identified only as Ilse B.", "a former fighter …, who gave his name as Abu Hamza"), or null.
     */
    static Entity personOf(String text, List<Referent> named, PersonDescription d, List<PersonDescription> after,
                           String lang) {
        int lineEnd = -2; // the first line break in reach after the description (-1: none), once a name is in reach
        for (Referent r : DescriptionNames.near(named, d.span(), NAMING_REACH)) {
            int gap = r.span().start() - d.span().end();
            if (gap > 0 && gap <= NAMING_REACH) {
                int from = d.span().end();
                int to = r.span().start();
                if (lineEnd == -2) {
                    lineEnd = text.indexOf('\n', from, Math.min(text.length(), from + NAMING_REACH));
                }
                if ((lineEnd < 0 || lineEnd >= to) && !namesLater(text, d, after, to)
                        && (NAMING.introducesName(text, from, to, lang)
                        || NAMING.introducesName(text, from, SentenceGaps.pastTitles(text, from, to), lang)
                        || GAPS.introducesName(text, from, to, lang))) { // "the man, identified by the ministry as X"
                    return r.person();
                }
            }
        }
        return null;
    }

    /**
     * Whether a naming phrase before a name at {@code to} names another description than {@code d}: {@code d} lies
     * in an earlier sentence, and one of the descriptions {@code after} it in the name's own (« La présidente
     * l'interrompt : « … ? » La trentenaire raconte l'histoire de sa voisine, une Belge prénommée Samira »: the
     * neighbour, not the judge; but « ce Français … sous la surveillance d'un gardien. Il se présente sous le nom de
     * Rachid B. » names the Frenchman, the guard being in the sentence before).
     */
    private static boolean namesLater(String text, PersonDescription d, List<PersonDescription> after, int to) {
        for (PersonDescription next : after) {
            if (next.span().end() > to) {
                return false;
            }
            if (next.span().start() >= d.span().end() && SentenceGaps.sentenceEndIn(text, d.span().end(), next.span().start())
                    && !SentenceGaps.sentenceEndIn(text, next.span().end(), to)) {
                return true;
            }
        }
        return false;
    }
}
