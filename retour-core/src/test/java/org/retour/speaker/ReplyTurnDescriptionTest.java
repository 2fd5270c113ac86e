package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/**
 * A reply cue whose subject says nothing of who but an age or a sex (« a répondu le trentenaire ») goes to the one
 * whose turn it is to answer: the last speaker, unless that speaker asked the question.
 */
class ReplyTurnDescriptionTest {

    @Test
    void theCoDefendantWhoSpokeLastAnswersNotTheOneNamedLast() {
        List<Quote> q = top("BRUXELLES – Anas B., 27 ans, et Youssef T., 30 ans, comparaissaient mardi pour participation à"
                + " un groupe terroriste.\n\n"
                + "Le président, Marc De Wolf, a commencé par Anas B. « Vous dites avoir été cuisinier ? » Le prévenu a"
                + " haussé les épaules. « D’une katiba de Belges et de Français. »\n\n"
                + "Son coprévenu l’écoutait, tête baissée. Interrogé à son tour, Youssef T. a livré un récit plus sombre."
                + " « Je ne dormais plus », a-t-il déclaré. Puis, se tournant vers son ancien ami : « Lui, il est parti"
                + " avant. » Anas B. n’a pas réagi.\n\n"
                + "Le président a insisté : pourquoi être resté un an de plus ? « Parce qu’on m’avait mis sur la liste"
                + " pour une opération », a répondu le trentenaire.", "fr");
        assertThat(speaker(q.get(4)).name()).isEqualTo("Youssef T.");
    }

    @Test
    void theProsecutorWhoAskedIsNotTheOneWhoAnswers() {
        List<Quote> q = top("CELLE — Die Bundesanwaltschaft wirft Jennifer K. die Mitgliedschaft in einer terroristischen"
                + " Vereinigung vor.\n\n"
                + "Oberstaatsanwältin Claudia Reiners hielt ihr Chatnachrichten vor. Die Anklägerin fragte: „War das"
                + " gelogen, oder haben Sie das geglaubt?“ Die 31-Jährige antwortete, sie habe damals „jeden Satz"
                + " geglaubt, den der Mann mir vorgesagt hat“.", "de");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Jennifer K.");
    }
}
