package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/**
 * The court's first question, when no one has spoken and its paragraph names no one to put it to, is put to the person
 * the report opens on, who answers in the next paragraph.
 */
class FirstQuestionPutToLeadTest {

    @Test
    void theAnswerToTheBenchsFirstQuestionIsTheDefendantsTheReportOpensOn() {
        List<Quote> q = top("Karim L., 34 ans, comparaissait mercredi devant le tribunal correctionnel de Rennes.\n\n"
                + "Parti en Syrie en 2014, l'ancien magasinier a été condamné en 2018 à six ans de prison.\n\n"
                + "« Pourquoi ne pas avoir prévenu ? », interroge la présidente, Claire Moreau.\n\n"
                + "« J'ai pas pensé. Je travaillais de nuit, je me suis endormi. »", "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Claire Moreau");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Karim L.");
    }
}
