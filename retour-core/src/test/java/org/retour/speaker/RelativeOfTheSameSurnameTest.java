package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/**
 * A relative who shares the surname of a person named before, under a given name no lexicon lists, is someone else
 * (« Haoua Hamadou, la mère d'Abdoulaye, » after « Abdoulaye Hamadou »), and speaks the cueless quote after the
 * sentence she is the subject of, past a clause set before her (« Venue de Tillabéri pour la visite, … »).
 */
class RelativeOfTheSameSurnameTest {

    private static final String SON = "Abdoulaye Hamadou, lui, décrit une organisation qui perdait ses chefs : « À la fin, les"
            + " chefs mouraient plus vite qu'on ne les remplaçait. »\n\n";

    @Test
    void theMotherOfTheSameSurnameIsAnotherPerson() {
        List<Quote> q = top(SON + "Haoua Hamadou, la mère d'Abdoulaye, n'a pas caché son émotion. « Je le croyais mort. »", "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Abdoulaye Hamadou");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Haoua Hamadou");
    }

    @Test
    void theSubjectAfterAFrontedParticipleClauseSpeaksTheQuoteAfterHerSentence() {
        List<Quote> q = top(SON + "Venue de Tillabéri pour la visite, Haoua Hamadou, la mère d'Abdoulaye, n'a pas caché son"
                + " émotion. « Je le croyais mort. »", "fr");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Haoua Hamadou");
    }

    @Test
    void aCapitalisedWordBeforeAKnownSurnameWithoutACommaIsNoGivenName() {
        List<Quote> q = top(SON + "Hier Hamadou a répété sa version. « Je le croyais mort », a-t-il dit.", "fr");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Abdoulaye Hamadou");
    }
}
