package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/**
 * « …, commence le trentenaire, avant que la présidente, Catherine Lemonnier, ne l'arrête d'un geste. « Pourquoi la
 * Syrie ? » »: the description right after the verb is its subject, not the judge named further on, and the question
 * that follows is the judge's, who cut him short.
 */
class InterruptedSpeakerTest {

    private static final String HEARING = "Devant la 16e chambre du tribunal correctionnel de Paris, Yanis Berrada, 32 ans,"
            + " répondait ce jeudi de sa participation à une association de malfaiteurs terroriste.\n\n"
            + "« Je ne vais pas vous raconter que j’étais là-bas pour faire de l’humanitaire », commence le trentenaire,"
            + " avant que la présidente, Catherine Lemonnier, ne l’arrête d’un geste.";

    @Test
    void theSubjectRightAfterTheVerbSpeaksAndTheJudgeWhoCutsHimShortAsks() {
        List<Quote> q = top(HEARING + " « Commencez par le début, monsieur. Pourquoi la Syrie ? »", "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Yanis Berrada");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Catherine Lemonnier");
    }

    @Test
    void wordsThatAskNothingAfterTheInterruptionGoOnWithTheSpeaker() {
        List<Quote> q = top(HEARING + " « J’avais 22 ans, je livrais des pizzas. »", "fr");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Yanis Berrada");
    }
}
