package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/**
 * The one a sentence cites right before the colon that opens a quote said the words (« Hélène Marchetti y cite une
 * revenante de Roubaix : « … » »), not the one who cites them.
 */
class CitedPersonSpeakerTest {

    @Test
    void theReturneeAResearcherCitesSpeaksTheQuote() {
        List<Quote> q = top("Un chapitre entier est consacré à l'argent. Hélène Marchetti y cite une revenante de Roubaix :"
                + " « Le mari de ma voisine était à la zakat. Il avait trois voitures. »", "fr");
        assertThat(speaker(q.get(0)).name()).isNull();
        assertThat(speaker(q.get(0)).description()).isEqualTo("une revenante");
        assertThat(speaker(q.get(0)).voice().label()).isEqualTo("returnee");
    }

    @Test
    void aNamedPersonCitedInEnglishSpeaksTheQuote() {
        List<Quote> q = top("Laura Benson spent a year on the book. In its last chapter she quotes Yusuf Adan: \"Nobody"
                + " there cared where we came from.\"", "en");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Yusuf Adan");
    }

    @Test
    void theOneWhoCitesAReportStillSpeaks() {
        List<Quote> q = top("Hélène Marchetti cite un rapport de l'ONU : « Les camps ne sont pas des prisons. »", "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Hélène Marchetti");
    }

    @Test
    void aPersonFarFromTheVerbIsNotTheOneCited() {
        List<Quote> q = top("Hélène Marchetti cite de mémoire, devant les étudiants de Karim Benali, une phrase entendue à"
                + " Roj : « Là-bas, tout le monde était un espion. »", "fr");
        assertThat(speaker(q.get(0)).name()).isNotEqualTo("Karim Benali");
    }
}
