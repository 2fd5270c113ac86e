package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/**
 * A source that opens the sentence (« Selon lui, », « D'après lui, », « À l'en croire, ») speaks the words a verb of
 * speech of no one gives after it (« on ne leur confiait « … » »); a verb whose subject is a person keeps its own
 * speaker.
 */
class OpeningSourceOverImpersonalVerbTest {

    @Test
    void theSourceSpeaksTheWordsAnImpersonalVerbReports() {
        List<Quote> q = top("Mathis Le Bihan, 24 ans, est jugé à Paris. Selon lui, on ne leur confiait « jamais rien"
                + " d'important ».", "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Mathis Le Bihan");
    }

    @Test
    void aPersonalSubjectKeepsTheWordsOfItsVerb() {
        List<Quote> q = top("Mathis Le Bihan, 24 ans, est jugé à Paris. Selon la police, il a déclaré « ne rien"
                + " regretter ».", "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Mathis Le Bihan");
    }

    @Test
    void aSourceThatHoldsItsPronounSpeaksForThePersonNamedBefore() {
        List<Quote> q = top("Fatiha Loukil, 61 ans, s'est avancée à la barre. À l'en croire, sa fille n'est restée que par"
                + " crainte de son mari : « Elle l'aimait, mais elle le craignait davantage. »\n\nKarim Haddad, 30 ans,"
                + " a été entendu mardi.", "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Fatiha Loukil");
    }

    @Test
    void aSourceBeforeANameSpeaksForThatName() {
        List<Quote> q = top("Fatiha Loukil, 61 ans, s'est avancée à la barre. À en croire Karim Haddad, on avait promis"
                + " aux recrues « une maison avec un jardin ».", "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Karim Haddad");
    }

    @Test
    void aSourceWithAPossessiveSpeaksForThePersonBeforeIt() {
        List<Quote> q = top("Nadia Benali, 44 ans, est éducatrice au Codase depuis quinze ans.\n\nSon quotidien, ce sont"
                + " surtout des adolescents « en recherche de sens », selon sa formule.", "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Nadia Benali");
    }
}
