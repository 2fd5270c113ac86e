package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/**
 * A reply cue whose subject says nothing of who but an age or a sex (« a répondu le trentenaire ») goes to the one
 * whose turn it is to answer: the last speaker, unless that speaker asked the question; and a reply right after a
 * speaker's words is not theirs: one does not reply to oneself.
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
    void theOneWhoRepliesIsNotTheOneWhoJustSpoke() {
        List<Quote> q = top("LAUSANNE — Hakim Zeroual, 41 ans, reçoit chaque jeudi des jeunes signalés par leur école. Revenu"
                + " en 2015, il travaille aujourd’hui comme médiateur pour le canton.\n\n"
                + "« Je ne leur fais pas la morale », explique-t-il.\n\n"
                + "Ce jeudi, il reçoit Dylan, 19 ans, qui passait ses nuits sur des vidéos de propagande. Le garçon parle"
                + " peu. « Je voulais juste comprendre », finit-il par lâcher. Le médiateur lui répond : « Moi aussi, je"
                + " voulais comprendre. »", "fr");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Dylan");
        assertThat(speaker(q.get(2)).name()).isEqualTo("Hakim Zeroual");
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
