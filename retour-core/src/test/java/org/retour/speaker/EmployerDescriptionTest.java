package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/** The head of a firm or a workshop, « le patron », "the boss", describes a person who speaks. */
class EmployerDescriptionTest {

    @Test
    void lePatronAfterTheVerbIsTheNamedOwnerOfTheWorkshop() {
        List<Quote> q = top("Karim Benali, 30 ans, est rentré de Syrie en 2017. Il travaille dans une boulangerie de Nantes.\n\n"
                + "Marc Dubois, lui, a son idée sur la question. « Ils s'ennuyaient ici, voilà tout », dit le patron.", "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Marc Dubois");
    }

    @Test
    void laPatronneIsAnUnnamedSpeakerWhenNoNameIsGiven() {
        List<Quote> q = top("Le café a rouvert en mars. « Il fait son travail, je n'ai rien à redire », assure la patronne.",
                "fr");
        assertThat(speaker(q.get(0))).isNotNull();
        assertThat(speaker(q.get(0)).name()).isNull();
        assertThat(speaker(q.get(0)).description()).contains("patronne");
    }

    @Test
    void theBossSpeaksInEnglish() {
        List<Quote> q = top("The bakery took him on in May. “He is never late,” the boss said.", "en");
        assertThat(speaker(q.get(0))).isNotNull();
        assertThat(speaker(q.get(0)).description()).containsIgnoringCase("boss");
    }
}
