package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;
import org.retour.model.Voice;

/** A lawyer named only with the title "Me" speaks as a lawyer, and "l'avocate" later is the same person. */
class TitledLawyerTest {

    @Test
    void aLawyerKnownByHerTitleIsOtherAndKeepsSpeakingAsTheLawyer() {
        List<Quote> q = top("L'une d'elles avait tenté de fuir l'organisation dès 2016. \"Elle a été rattrapée à un"
                + " barrage et enfermée pendant deux mois dans une cave\", a expliqué à l'AFP Me Lucie Jacobs, jointe"
                + " par téléphone.\n\nSa cliente, poursuit l'avocate, \"ne supportait plus de voir ses enfants avoir"
                + " faim\".", "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Lucie Jacobs");
        assertThat(speaker(q.get(0)).voice()).isEqualTo(Voice.OTHER);
        assertThat(speaker(q.get(1)).name()).isEqualTo("Lucie Jacobs");
    }
}
