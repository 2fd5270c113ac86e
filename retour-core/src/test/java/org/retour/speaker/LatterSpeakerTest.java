package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/** "Ce dernier", "celle-ci", "the latter" next to a speech cue speak for the person mentioned last. */
class LatterSpeakerTest {

    @Test
    void ceDernierAfterTheCueIsTheManMentionedLast() {
        List<Quote> q = top("Nabil Cherif a passé deux ans en Syrie. Son frère Ilyes l'attendait à Lyon.\n\n"
                + "« Je n'ai jamais douté qu'il reviendrait », dit ce dernier.", "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Ilyes Cherif");
    }

    @Test
    void theLatterBeforeTheCueIsThePersonMentionedLast() {
        List<Quote> q = top("The court heard from Amal Haddad and her lawyer, Peter Quinn.\n\n"
                + "The latter said: \"My client has cooperated from the first day.\"", "en");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Peter Quinn");
    }

    @Test
    void aPronounCueAfterASentenceOpenedByCeluiCiIsThePersonMentionedLast() {
        List<Quote> q = top("L'avocat général a demandé huit ans contre Mehdi Larbi. Celui-ci a baissé la tête. "
                + "« Je demande pardon », a-t-il murmuré.", "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Mehdi Larbi");
    }

    @Test
    void aNameEndingWithAnInitialStopsAtTheFullStopBeforeCeluiCi() {
        List<Quote> q = top("L'avocat général a demandé huit ans contre Mehdi L. Celui-ci a baissé la tête. "
                + "« Je demande pardon », a-t-il murmuré.", "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Mehdi L.");
    }

    @Test
    void aQuoteWithoutACueAfterASentenceOpenedByCeDernierIsThePersonMentionedLast() {
        List<Quote> q = top("Sa mère, Leïla Haddad, et son oncle, Rachid Haddad, étaient présents à l'audience. "
                + "Ce dernier a pris la parole. « Nous n'avons rien vu venir. »", "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Rachid Haddad");
    }
}
