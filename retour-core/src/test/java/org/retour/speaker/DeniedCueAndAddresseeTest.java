package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/**
 * Of two persons who face each other, the one a speaker turns to and the one who does not answer after the
 * quote are not its speaker: the words stay with the person whose turn it is.
 */
class DeniedCueAndAddresseeTest {

    @Test
    void aCoDefendantWhoDidNotReactAfterTheQuoteIsNotItsSpeaker() {
        List<Quote> q = top("Anas B. et Youssef T. comparaissaient mardi à Bruxelles.\n\n"
                + "Interrogé à son tour, Youssef T. a livré un récit plus sombre. « Je ne dormais plus », a-t-il déclaré."
                + " Puis, se tournant vers son ancien ami : « Lui, il est parti avant. Moi, je n’ai pas eu le courage. »"
                + " Anas B. n’a pas réagi.", "fr");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Youssef T.");
    }

    @Test
    void anEnglishCoDefendantWhoNeverRespondedIsNotTheSpeakerEither() {
        List<Quote> q = top("Karim Saleh and Omar Haidari stood trial in Leeds on Monday.\n\n"
                + "“I was never paid,” said Omar Haidari. Then, turning to his co-defendant: “He left first. I did not"
                + " have the courage.” Karim Saleh never responded.", "en");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Omar Haidari");
    }

    @Test
    void aDeniedVerbBeforeTheQuoteStillNamesWhoseTurnItIs() {
        List<Quote> q = top("Walid, 31 ans, est rentré en 2017.\n\n"
                + "À la question de savoir s’il regrette, Walid ne répond pas tout de suite. Puis : « Je regrette ma"
                + " mère. »", "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Walid");
    }

    @Test
    void thePersonTurnedToBeforeAColonDoesNotSpeakTheQuote() {
        List<Quote> q = top("Mehdi Boukhari, 30 ans, et Karim Saleh, 29 ans, sont jugés à Paris.\n\n"
                + "« J’ai eu peur », a reconnu Mehdi Boukhari. Il s’est tourné vers Karim Saleh : « Toi, tu savais. »",
                "fr");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Mehdi Boukhari");
    }
}
