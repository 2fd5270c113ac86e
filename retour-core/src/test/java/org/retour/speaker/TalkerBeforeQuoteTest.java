package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/**
 * A person named at the head of the sentence right before a quote, with a verb of talking after the name
 * (« Sabrina Lahlou parle d'un appartement sans vitres. « … » »), speaks the quote, not the one whose cue came
 * in an earlier sentence of the paragraph; a talker inside someone else's sentence does not.
 */
class TalkerBeforeQuoteTest {

    @Test
    void theTalkerRightBeforeTheQuoteSpeaksItNotThePresidentWhoInsisted() {
        List<Quote> fr = top("La présidente, Isabelle Dorval, commence par une question : « Pourquoi êtes-vous partie, madame ? »\n\n"
                + "L'accusée, Sabrina Lahlou, prend son temps. « Parce que je croyais qu'on allait vivre entre musulmans. »\n\n"
                + "La présidente insiste sur la vie à Raqqa. Sabrina Lahlou parle d'un appartement sans vitres."
                + " « On m'avait vendu une vie simple. C'était une vie vide. »", "fr");
        assertThat(speaker(fr.get(2)).name()).isEqualTo("Sabrina Lahlou");
        List<Quote> en = top("The judge, Helen Marsh, opened with a question. \"Why did you go?\" she asked.\n\n"
                + "Sarah Idris took her time. \"I thought we would live among Muslims.\"\n\n"
                + "The judge insisted on life in Raqqa. Sarah Idris talks about a flat without windows."
                + " “They sold me a simple life. It was an empty life.”", "en");
        assertThat(speaker(en.get(2)).name()).isEqualTo("Sarah Idris");
    }

    @Test
    void aTalkerInsideThePresidentsSentenceDoesNotTakeHerQuestion() {
        List<Quote> q = top("La présidente, Isabelle Dorval, commence par une question : « Pourquoi êtes-vous partie, madame ? »\n\n"
                + "L'accusée, Sabrina Lahlou, prend son temps. « Parce que je croyais qu'on allait vivre entre musulmans. »\n\n"
                + "La présidente insiste sur la vie à Raqqa, dont Sabrina Lahlou parle peu. « Qu'y faisiez-vous, madame ? »",
                "fr");
        assertThat(speaker(q.get(2)).name()).isEqualTo("Isabelle Dorval");
    }
}
