package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/**
 * A judge who reads out a judgment or a verdict reads their own words: the quote is the reader's, not a
 * letter of the defendant named before.
 */
class ReadOwnDocumentTest {

    @Test
    void aJudgeReadingTheJudgmentSpeaksHimself() {
        List<Quote> q = top("Devant le tribunal de Lausanne, Marc Dufaux, 28 ans, a reconnu avoir gardé un dépôt à Raqqa."
                + " « Je n’étais qu’un magasinier », a déclaré le prévenu.\n\n"
                + "Le juge Étienne Rochat a retenu ses aveux. « La cour ne croit pas à ce repentir », a-t-il déclaré en"
                + " lisant le jugement.\n", "fr");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Étienne Rochat");
    }

    @Test
    void aJudgeReadingOutHerRulingSpeaksHerself() {
        List<Quote> q = top("Tom Harlow, 27, admitted that he had guarded a depot in Raqqa. \"I was only a storeman,\""
                + " Harlow told the court.\n\n"
                + "Judge Helen Marsh accepted his guilty plea. \"The court does not believe this late remorse,\" she said,"
                + " reading out her ruling.\n", "en");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Helen Marsh");
    }
}
