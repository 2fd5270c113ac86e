package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A role of one word that names a state body is a side, not a post; the answer is remembered per role. */
class SoleStateBodyTest {

    private final VoiceLexicon voices = VoiceLexicon.bundled();

    @Test
    void oneWordNamingAStateBodyIsASoleStateBody() {
        assertThat(voices.soleStateBody("FBI", "en")).isTrue();
        assertThat(voices.soleStateBody("FBI", "en")).isTrue(); // remembered
        assertThat(voices.soleStateBody("FBI agent", "en")).isFalse();
        assertThat(voices.soleStateBody("lawyer", "en")).isFalse();
    }

    @Test
    void answersAsTheWordsAndStateBodyOfTheRoleDo() {
        String[] roles = {"FBI", "prosecution", "Home Office", "ministère", "Staatsanwaltschaft", "the FBI",
            "porte-parole", "Bundesanwaltschaft", "الداخلية", "😀", "", "police", "Police"};
        for (String lang : new String[] {"en", "fr", "de", "ar"}) {
            for (String role : roles) {
                boolean expected = RoleWords.of(role.toLowerCase(Locale.ROOT)).size() == 1
                        && voices.stateBody(role, lang);
                assertThat(voices.soleStateBody(role, lang)).as(role + " " + lang).isEqualTo(expected);
                assertThat(voices.soleStateBody(role, lang)).as(role + " " + lang).isEqualTo(expected);
            }
        }
    }
}
