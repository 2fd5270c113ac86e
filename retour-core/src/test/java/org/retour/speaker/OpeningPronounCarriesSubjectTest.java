package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/**
 * A pronoun cue goes on with the person a subject pronoun of its gender stands for when that pronoun opens the last
 * sentence before the quote, after the person named last: that person is only an object of the earlier sentence.
 */
class OpeningPronounCarriesSubjectTest {

    @Test
    void frenchPronounOpeningTheLastSentenceOfTheParagraphBefore() {
        List<Quote> q = top("LYON – Dans un foyer de la banlieue lyonnaise, Youssef, un Marocain de 31 ans, attend depuis"
                + " six mois un avocat qui ne rappelle pas. Il a quitté la Syrie au printemps 2017.\n\n"
                + "« Je ne peux pas retourner au Maroc, on me cherche là-bas », dit-il.", "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Youssef");
    }

    @Test
    void frenchPronounOpeningTheSentenceBeforeInTheSameParagraph() {
        List<Quote> q = top("Près de la gare de Mulhouse, Rachid, 34 ans, guette depuis l'aube un éducateur qui tarde."
                + " Il est sorti de prison à l'été. « Ici, personne ne m'attend », lâche-t-il.", "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Rachid");
    }

    @Test
    void englishPronounOpeningTheLastSentenceOfTheParagraphBefore() {
        List<Quote> q = top("MANCHESTER – In a rented room near the station, Tariq, a 31-year-old from Leeds, has been"
                + " waiting for months for a lawyer who never calls back. He left Syria in the spring of 2017.\n\n"
                + "\"I cannot go back to Leeds, they are looking for me there,\" he said.", "en");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Tariq");
    }

    @Test
    void germanPronounOpeningTheLastSentenceOfTheParagraphBefore() {
        List<Quote> q = top("BREMEN – Kerim, ein 31-jähriger Syrer, sucht seit Monaten einen Anwalt, der ihm hilft."
                + " Er hat den IS im Frühjahr 2017 verlassen.\n\n„Ich kann nicht zurück, dort sucht man mich“, sagt er.",
                "de");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Kerim");
    }

    @Test
    void aPronounThatStandsForTheOneNamedLastChangesNothing() {
        List<Quote> q = top("Adam Belkhir, 26 ans, est rentré d'Al-Bab en 2017.\n\n"
                + "En 2016, un responsable lui a proposé de conduire un camion piégé. Il dit avoir feint une blessure.\n\n"
                + "Sur les raisons de son départ, il hésite. « Si on avait gagné, je serais peut-être resté », dit-il.",
                "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Adam Belkhir");
    }
}
