package org.retour.speaker;

import java.util.Map;
import java.util.Set;
import org.retour.person.Tokens;
import org.retour.resource.ResourceLines;

/**
 * Finds an organisation's office that speaks for it between the organisation and a verb of speech: its possessive,
 * at most {@link #MAX_WORDS} words and a noun of {@code org/retour/speaker/offices.txt} ("the FBI's Minneapolis
 * field office said", "the ministry's press office said"). News gives an office's words to the organisation.
 *
 * <p>Reads at most {@link #MAX_WORDS} + 2 tokens. Stateless and thread-safe.
 */
final class OrganisationOffices {

    /** The most words between the possessive and the office's noun, the noun included. */
    static final int MAX_WORDS = 4;

    /** The bundled office nouns, by language. */
    private static final Map<String, Set<String>> OFFICES = ResourceLines.byLanguage(
            ResourceLines.classpath("org/retour/speaker/offices.txt"), true);

    private OrganisationOffices() {
    }

    /**
     * Whether the text between an organisation ending at {@code orgEnd} and a cue starting at {@code cueStart} is
     * the organisation's possessive and a few words ending in an office noun, with no person among them.
     */
    static boolean between(SpeakerDocument d, int orgEnd, int cueStart) {
        Set<String> offices = OFFICES.get(d.lang);
        if (offices == null || cueStart <= orgEnd || cueStart - orgEnd > MAX_WORDS * 20) {
            return false;
        }
        String head = d.text.substring(orgEnd, Math.min(cueStart, orgEnd + 3)).toLowerCase(java.util.Locale.ROOT);
        if (!head.startsWith("'s ") && !head.startsWith("’s ")) {
            return false;
        }
        int first = d.tokenAt(orgEnd + 3);
        int last = d.tokenAt(cueStart) - 1;
        if (last < first || last - first >= MAX_WORDS || !Tokens.isWord(d.tokens.get(last))
                || !offices.contains(d.lower(last))) {
            return false;
        }
        for (int k = first; k < last; k++) {
            if (!Tokens.isWord(d.tokens.get(k)) && !Tokens.is(d.text, d.tokens.get(k), "-")) {
                return false;
            }
        }
        return d.referents.within(orgEnd, cueStart).isEmpty();
    }
}
