package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/**
 * A definite description whose complement opens with an article fused with its preposition (« la mère du prévenu »,
 * « le père du détenu ») or with a German genitive article („die Schwester des Angeklagten“) stands for someone other
 * than the person that complement names, even when no description of the complement was found (an inflected noun):
 * its pronoun cue goes to the relative, not to the accused whose gender the name does not tell.
 */
class ArticleComplementPersonTest {

    @Test
    void theMotherOfTheDefendantThroughDuIsNotTheDefendant() {
        List<Quote> q = top("Dominique Vial, 27 ans, comparaît devant le tribunal correctionnel de Paris. « J’ai été idiot », "
                + "a reconnu le prévenu.\n\n"
                + "La mère du prévenu, assise au deuxième rang, n’a pas quitté son enfant des yeux. À la suspension, elle a "
                + "confié à une journaliste : « Il m’a écrit une seule fois de là-bas. »", "fr");
        assertThat(speaker(q.get(1)).name()).isNull();
        assertThat(speaker(q.get(1)).description()).isEqualTo("La mère");
    }

    @Test
    void theSisterOfTheAccusedThroughTheGermanGenitiveIsNotTheAccused() {
        List<Quote> q = top("Deniz K. steht seit Montag vor Gericht. „Ich war ein Dummkopf“, sagte der Angeklagte.\n\n"
                + "Die Schwester des Angeklagten saß jeden Tag in der ersten Reihe. „Er bleibt mein Bruder“, sagte sie in "
                + "einer Pause.", "de");
        assertThat(speaker(q.get(1)).name()).isNull();
        assertThat(speaker(q.get(1)).description()).isEqualTo("Die Schwester");
    }

    @Test
    void theSisterOfTheFemaleDefendantStaysHerself() {
        List<Quote> q = top("Camille Roux, 24 ans, est jugée à Lyon. « Je voulais aider », a expliqué la prévenue.\n\n"
                + "La sœur de la prévenue, venue de Grenoble, écoute sans bouger. « Elle n’a jamais été violente », "
                + "a-t-elle assuré à la sortie.", "fr");
        assertThat(speaker(q.get(1)).name()).isNull();
        assertThat(speaker(q.get(1)).description()).isEqualTo("La sœur");
    }
}
