package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;
import org.retour.pipeline.Layers;
import org.retour.quote.TestPipelines;

/**
 * A portrait may open on a pronoun that no one comes before and name the person a paragraph or two later (« Elle
 * arrive à vélo, … « … », dit-elle. » then « Laura Mercier, 34 ans, … »): the pronoun's words are that person's.
 */
class LedePronounNamedLaterTest {

    @Test
    void theWomanOfTheLedeIsTheOneNamedInTheNextParagraph() {
        List<Quote> q = TestPipelines.analyze("Elle arrive à vélo, casque à la main, en avance. « Je n'ai rien à cacher »,"
                + " dit-elle.\n\nLaura Mercier, 34 ans, est revenue de Syrie en 2018.", "fr").get(Layers.QUOTES);
        assertThat(speaker(q.get(0)).name()).isEqualTo("Laura Mercier");
    }

    @Test
    void aPronounAfterSomeoneAlreadyNamedIsNotTakenForALaterName() {
        List<Quote> q = TestPipelines.analyze("Karima Saïdi attend devant le tribunal. Elle arrive à vélo. « Je n'ai rien à"
                + " cacher », dit-elle.\n\nLaura Mercier, 34 ans, est revenue de Syrie en 2018.", "fr").get(Layers.QUOTES);
        assertThat(speaker(q.get(0)).name()).isEqualTo("Karima Saïdi");
    }
}
