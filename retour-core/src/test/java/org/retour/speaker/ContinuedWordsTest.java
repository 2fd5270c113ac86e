package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/** A quote with no cue in the paragraph after a speaker's words continues them when no one else comes up. */
class ContinuedWordsTest {

    @Test
    void quoteAfterAShortLeadInTheNextParagraphContinuesTheSpeaker() {
        List<Quote> q = top("Hamza, le plus bavard, parle d'abord des siens. « Un frère de ma katiba a été fouetté"
                + " quatre-vingts fois. »\n\nPuis des habitants. « Dans la rue, ils coupaient la main d'un voleur. »", "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Hamza");
        assertThat(speaker(q.get(1))).isNotNull();
        assertThat(speaker(q.get(1)).name()).isEqualTo("Hamza");
    }

    @Test
    void quoteAfterAnotherPersonComesUpDoesNotContinueTheSpeaker() {
        List<Quote> q = top("Hamza, le plus bavard, parle d'abord des siens. « Un frère de ma katiba a été fouetté"
                + " quatre-vingts fois. »\n\nSon voisin Anouar hausse les épaules. « Dans la rue, ils coupaient la main"
                + " d'un voleur. »", "fr");
        assertThat(speaker(q.get(1)) == null ? null : speaker(q.get(1)).name()).isNotEqualTo("Hamza");
    }

    @Test
    void quoteTwoParagraphsLaterDoesNotContinueTheSpeaker() {
        List<Quote> q = top("Tom Reyes spoke first. \"We were hungry every day.\"\n\nThe camp holds 2,000 people.\n\n"
                + "Later that day. \"Nobody came to help.\"", "en");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Tom Reyes");
        assertThat(speaker(q.get(1))).isNull();
    }

    @Test
    void partialQuoteInAnOrganisationsSentenceIsNotTheSpeakersWords() {
        List<Quote> q = top("Tom Reyes spoke first. \"We were hungry every day.\"\n\nLast year Europol described"
                + " \"a steady flow of returns\" from the camps.", "en");
        assertThat(speaker(q.get(1)) == null ? null : speaker(q.get(1)).name()).isNotEqualTo("Tom Reyes");
    }

    @Test
    void quoteAfterASentenceWhosePronounSubjectIsThePersonGoesToThem() {
        List<Quote> q = top("Le podcast suit Inès M., 27 ans, rapatriée de Turquie en 2018.\n\nLe récit d'Inès commence par"
                + " l'ennui. Pendant deux ans à Raqqa, elle n'a presque pas quitté un appartement. « Les journées ne"
                + " finissaient jamais. »", "fr");
        assertThat(speaker(q.get(0))).isNotNull();
        assertThat(speaker(q.get(0)).name()).isEqualTo("Inès M.");
    }
}
