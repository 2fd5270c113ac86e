package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/**
 * A description of the accused (« le prévenu », « l'accusé », "the defendant", „der Angeklagte“) that answers an
 * unnamed witness is the one on trial, never that witness, though the witness holds the paragraph and spoke last.
 */
class DefendantOverWitnessTest {

    @Test
    void frenchAccusedAnsweringAnUnnamedWitnessIsTheOneOnTrial() {
        List<Quote> q = top("Mehdi Amrani, 29 ans, est jugé depuis lundi.\n\n"
                + "Un témoin entre dans la salle. « Il donnait des ordres », dit-il. « C’est un mensonge », s’emporte"
                + " l’accusé.", "fr");
        assertThat(speaker(q.get(0)).name()).isNull();
        assertThat(speaker(q.get(1)).name()).isEqualTo("Mehdi Amrani");
    }

    @Test
    void frenchDefendantAfterTheSecondWitness() {
        List<Quote> q = top("Karim Ziani, 31 ans, comparaît depuis lundi devant le tribunal correctionnel de Paris.\n\n"
                + "Le second témoin est extrait de sa cellule de Fresnes. « Il obéissait aux ordres sans discuter »,"
                + " affirme-t-il. « C'est faux », proteste le prévenu depuis le box.", "fr");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Karim Ziani");
    }

    @Test
    void englishDefendantAfterTheSecondWitness() {
        List<Quote> q = top("Tom Hale, 30, went on trial on Monday.\n\n"
                + "The second witness was brought up from the cells. “He followed every order,” he said. “That is a"
                + " lie,” the defendant shouted from the dock.", "en");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Tom Hale");
    }

    @Test
    void germanAccusedAfterTheSecondWitness() {
        List<Quote> q = top("Kai Brenner, 30, steht seit Montag vor Gericht.\n\n"
                + "Der zweite Zeuge wird aus seiner Zelle geholt. „Er hat jeden Befehl befolgt“, sagt er. „Das ist"
                + " gelogen“, ruft der Angeklagte.", "de");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Kai Brenner");
    }
}
