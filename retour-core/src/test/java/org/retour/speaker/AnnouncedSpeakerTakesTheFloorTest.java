package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/**
 * A person named right before a verb of coming to speak in the last sentence of a paragraph, after the last speaker's
 * words (« pour que Sami parle enfin », "before Adam would talk"), is announced as the next speaker: a subject pronoun
 * of the next paragraph stands for them, not for the one who spoke before.
 */
class AnnouncedSpeakerTakesTheFloorTest {

    @Test
    void celuiQuiFinitParParlerEstLeSujetDuParagrapheSuivant() {
        List<Quote> q = top("Chaque jeudi, Marc Vidal reçoit les jeunes du quartier. « Au début, il ne disait rien », se"
                + " souvient l’éducateur. Il a fallu un an pour que Sami parle enfin de Raqqa.\n\nQuand il s’y décide,"
                + " c’est pour décrire la faim. « On mangeait de l’herbe », raconte-t-il.\n", "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Marc Vidal");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Sami");
    }

    @Test
    void celleQuiAParléDeSonMariEstCelleQuiLeDécrit() {
        List<Quote> q = top("La juge Claire Fontaine a reçu la jeune femme trois fois. « Elle se taisait », se rappelle la"
                + " magistrate. Puis, en mars, Inès a parlé de son mari.\n\nElle le décrit comme un homme violent. « Il"
                + " me frappait devant les enfants », dit-elle.\n", "fr");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Inès");
    }

    @Test
    void theOneWhoWouldTalkIsTheNextParagraphsHe() {
        List<Quote> q = top("Tom Walsh has mentored returnees for six years. “They test you first,” the mentor says. It"
                + " took a year before Adam would talk about the checkpoint.\n\nWhen he does, his voice drops. “They"
                + " made us watch,” he says.\n", "en");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Tom Walsh");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Adam");
    }

    @Test
    void someoneNamedFirstInTheNewParagraphKeepsTheFloor() {
        List<Quote> q = top("Tom Walsh has mentored returnees for six years. “They test you first,” the mentor says. It"
                + " took a year before Adam would talk about the checkpoint.\n\nTom Walsh remembers that day. “He cried,”"
                + " he says.\n", "en");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Tom Walsh");
    }
}
