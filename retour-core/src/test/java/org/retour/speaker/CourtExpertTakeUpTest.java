package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/**
 * A court's expert named as a psychiatrist or a doctor is taken up as « l'expert » or « la praticienne », and a
 * prosecutor as « la magistrate »; an adverbial clitic between a description and its verb (« La praticienne y
 * décrit ») is no part of the description.
 */
class CourtExpertTakeUpTest {

    @Test
    void theExpertIsThePsychiatristTheCourtAppointed() {
        List<Quote> q = top("Mme Verhaegen a demandé au psychiatre désigné par la cour, le docteur Philippe Goossens, si"
                + " l'accusé présentait encore un danger. « Je ne pense pas qu'il soit parti pour des raisons morales »,"
                + " a estimé l'expert.", "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Philippe Goossens");
    }

    @Test
    void thePractitionerIsTheDoctorWhoWroteTheReport() {
        List<Quote> q = top("L'expertise psychiatrique, rédigée par la docteure Nathalie Berthet, est lue par"
                + " l'assesseure. La praticienne y décrit un homme « rigide, anxieux, sans adhésion idéologique »."
                , "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Nathalie Berthet");
    }

    @Test
    void theMagistrateIsTheDeputyProsecutorNotThePresidingJudgeNamedFirst() {
        List<Quote> q = top("La présidente, Marion Castagné, a suspendu l'audience. Pour la substitut du procureur, Laure"
                + " Bessière, ce récit ne tient pas. « Monsieur nous sert un discours rodé », tranche la magistrate.",
                "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Laure Bessière");
    }
}
