package org.retour.speaker;

import java.util.Locale;
import org.retour.model.Voice;
import org.retour.person.PersonLexicon;

/**
 * The voice of a speaker whose role names a trade or a standing that no voice of the lexicon covers (« un commerçant de
 * la Grand-Rue », "a neighbour", « l'entraîneur du club », « le chef de canton ») when nothing they say or nothing said
 * of them tells more: {@code other}, one of the people around the story. A role that says only an age, a sex or where
 * someone is from (« un jeune homme », « un Syrien ») keeps no voice, since a returnee is often called so.
 *
 * <p>Stateless and thread-safe.
 */
final class TradeVoices {

    private static final PersonLexicon LEXICON = PersonLexicon.bundled();

    private TradeVoices() {
    }

    /** {@link Voice#OTHER} when {@code role} holds a person's head noun that says more than age, sex or origin, else UNKNOWN. */
    static Voice of(String role, String lang) {
        if (role == null || AgeWords.bundled().plain(role, lang)) {
            return Voice.UNKNOWN;
        }
        for (String w : RoleWords.of(role.toLowerCase(Locale.ROOT))) {
            if (LEXICON.gender(PersonLexicon.Kind.DEMONYM, w, lang) != null) {
                return Voice.UNKNOWN; // « un Syrien d'une quarantaine d'années »
            }
            if (LEXICON.head(w, lang) != null) {
                return Voice.OTHER;
            }
        }
        return Voice.UNKNOWN;
    }
}
