package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/** An expert brought in by the trade is the person a demonstrative taking them up names later. */
class LaterNamedDemonstrativeTest {

    private static final String JULIEN = "Julien, 27 ans, est rentré de Syrie en 2016. « J'ai passé huit mois à décharger"
            + " des sacs », dit-il.\n\n";

    @Test
    void anIndefiniteExpertIsTheOneADemonstrativeNamesFurtherOn() {
        List<Quote> q = top(JULIEN + "Un chercheur de l'Université de Fribourg a pu s'entretenir avec le jeune homme."
                + " «Ce ne sont pas les bombardements qui l'ont poussé à partir», souligne-t-il.\n\n"
                + "Pour ce sociologue des religions, Laurent Mettraux, le cas de Julien est typique: «Ils partent pour"
                + " appartenir à quelque chose.» Il met toutefois en garde: «Le désenchantement n'efface pas la"
                + " responsabilité pénale.»", "fr");
        assertThat(q).extracting(x -> speaker(x).name())
                .containsExactly("Julien", "Laurent Mettraux", "Laurent Mettraux", "Laurent Mettraux");
    }

    @Test
    void anotherUnnamedExpertBetweenThemKeepsTheFirstUnnamed() {
        List<Quote> q = top(JULIEN + "Un chercheur de l'Université de Fribourg a pu s'entretenir avec le jeune homme."
                + " «Ce ne sont pas les bombardements qui l'ont poussé à partir», souligne-t-il.\n\n"
                + "Une chercheuse de Genève nuance ce constat.\n\n"
                + "Pour cette sociologue, Léa Perret, le cas de Julien est typique: «Ils partent pour appartenir à"
                + " quelque chose.»", "fr");
        assertThat(speaker(q.get(1)).name()).isNull();
        assertThat(speaker(q.get(1)).description()).isEqualTo("Un chercheur");
        assertThat(speaker(q.get(2)).name()).isEqualTo("Léa Perret");
    }

    @Test
    void aPersonNamedBeforeTheExpertIsNotNamedAgainThroughTheDemonstrative() {
        List<Quote> q = top(JULIEN + "Le sociologue Laurent Mettraux suit ces dossiers depuis 2015.\n\n"
                + "Un chercheur de l'Université de Fribourg a pu s'entretenir avec le jeune homme."
                + " «Ce ne sont pas les bombardements qui l'ont poussé à partir», souligne-t-il.\n\n"
                + "Pour ce sociologue, Laurent Mettraux, le cas de Julien est typique.", "fr");
        assertThat(speaker(q.get(1)).name()).isNotEqualTo("Laurent Mettraux");
    }
}
