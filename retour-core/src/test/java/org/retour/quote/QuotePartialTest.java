package org.retour.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;
import org.retour.pipeline.Layers;

/** Short phrases in marks that a clause of reported speech holds: partial quotes, through the standard pipeline. */
class QuotePartialTest {

    private static List<String> quotes(String text, String lang) {
        return TestPipelines.analyze(text, lang).get(Layers.MARKED_QUOTES).stream().map(Quote::text).toList();
    }

    @Test
    void aPhraseAVerbReportingWordingGovernsIsAPartialQuote() {
        assertThat(quotes("Lors de l'audience, l'avocat général a parlé d'un « repenti tardif ».", "fr"))
                .containsExactly("repenti tardif");
        assertThat(quotes("Le ministère n'a pas souhaité commenter des « enquêtes encore ouvertes ».", "fr"))
                .containsExactly("enquêtes encore ouvertes");
        assertThat(quotes("La députée s'est interrogée à voix haute sur « la bonne foi » de ces témoins.", "fr"))
                .containsExactly("la bonne foi");
    }

    @Test
    void aPhraseInASentenceOpenedByAViewIsAPartialQuote() {
        assertThat(quotes("Pour une ancienne juge, qui a requis l'anonymat, ces dossiers sont pourtant « un trésor ».", "fr"))
                .containsExactly("un trésor");
    }

    @Test
    void aPhraseASourceFollowsIsAPartialQuote() {
        assertThat(quotes("Ils étaient tenus pour des « traîtres au califat », selon le mot d'un émir qu'il cite.", "fr"))
                .containsExactly("traîtres au califat");
        assertThat(quotes("Ils étaient surnommés « les novices », selon lui.", "fr")).isEmpty();
    }

    @Test
    void twoWordsAfterThatOpeningAReportedClauseAreAPartialQuote() {
        assertThat(quotes("She added that \"hardly any\" had been offered counselling since their return.", "en"))
                .containsExactly("hardly any");
    }

    @Test
    void capitalisedWordsAVerbOfSpeechFollowsAreAQuoteNotAName() {
        assertThat(quotes("Sa voisine intervient. « Parle-leur de Oum Khadija », dit-elle.", "fr"))
                .containsExactly("Parle-leur de Oum Khadija");
    }
}
