package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/**
 * „Der Angeklagte ließ über seinen Verteidiger X eine Erklärung verlesen“: the defendant is the sentence's subject
 * and the lawyer a complement; the pronoun of the statement that follows goes to the defendant.
 */
class GermanDefendantStatementTest {

    @Test
    void theStatementReadByTheLawyerIsTheDefendants() {
        List<Quote> q = top("CELLE — Vor dem Oberlandesgericht Celle hat am Mittwoch der Prozess gegen den 32-jährigen Tarek S."
                + " aus Wolfsburg begonnen.\n\n"
                + "Der Angeklagte ließ über seinen Verteidiger Jens Albrecht eine Erklärung verlesen. Darin heißt es, er"
                + " sei 2015 nach Syrien gereist, um „den Menschen dort zu helfen“.", "de");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Tarek S.");
    }
}
