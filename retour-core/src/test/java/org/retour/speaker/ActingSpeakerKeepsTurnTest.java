package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/**
 * A named subject whose verb acts on a person told of before ("Thomas l'a appelé") leaves a later pronoun to that
 * person, unless the subject is the one whose turn it is: the current speaker goes on telling.
 */
class ActingSpeakerKeepsTurnTest {

    @Test
    void theCurrentSpeakerWhoCalledHisFriendKeepsThePronoun() {
        List<Quote> q = top("Thomas Verdier a 31 ans. Kevin Ribeiro, son ami d’enfance, serait mort à Baghouz. « Je ne dis"
                + " jamais qu’il est mort », corrige Thomas.\n\n"
                + "Kevin, lui, voulait rester. Thomas l’a appelé une dernière fois depuis la Turquie. « Il m’a traité de"
                + " lâche. Puis il a pleuré », dit-il.", "fr");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Thomas Verdier");
    }

    @Test
    void aNamedRecruiterWhoHasNotSpokenLeavesThePronounToTheManHeRecruited() {
        List<Quote> q = top("Yanis Ferhat, 31 ans, est rentré de Syrie en 2018. « J’ai vu la fin », dit-il.\n\n"
                + "Karim Saleh l’a recruté en 2014 à Lunel. « Il était gentil avec moi », raconte-t-il.", "fr");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Yanis Ferhat");
    }
}
