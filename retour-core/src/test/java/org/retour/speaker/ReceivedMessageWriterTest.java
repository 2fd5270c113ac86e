package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;
import org.retour.model.Speaker;

/**
 * Words of a message that someone received, or words that call their speaker by name, are the message's writer's,
 * not the receiver's whom the context made the speaker.
 */
class ReceivedMessageWriterTest {

    private static String name(Quote q) {
        Speaker s = speaker(q);
        return s == null ? null : s.name();
    }

    @Test
    void wordsAfterTheMessageSheReceivedAreItsWritersNotHers() {
        List<Quote> quotes = top("Layla Okonjo keeps her phone by the bed. Her brother Idris Okonjo left Leeds for Raqqa"
                + " in 2014.\n\n“the food is bad here and nobody trusts anybody,” he wrote that winter.\n\n“I still read them"
                + " at night,” Layla said. “Every one of them.”\n\nThe message she received in March was the longest.\n\n"
                + "“they moved us again. the town is gone. pray for me.”", "en");
        assertThat(name(quotes.get(1))).isEqualTo("Layla Okonjo");
        assertThat(name(quotes.get(3))).isEqualTo("Idris Okonjo");
    }

    @Test
    void wordsAfterAColonThatFollowsASentenceAboutMessagesAreTheWritersToo() {
        List<Quote> quotes = top("Nadia Brennan has kept every text her son Owen Brennan sent from Syria.\n\n“i dont sleep"
                + " much anymore,” he wrote in 2016.\n\n“He sounded so tired,” Nadia said. “I could hear it.”\n\nBy 2017 the"
                + " texts were shorter. In June: “we lost another village. tell dad im ok.”", "en");
        assertThat(name(quotes.get(2))).isEqualTo("Nadia Brennan");
        assertThat(name(quotes.get(3))).isEqualTo("Owen Brennan");
    }

    @Test
    void wordsThatCallTheirSpeakerByNameAreNotTheirs() {
        List<Quote> quotes = top("Samira Haddou lives in Bradford. Her cousin Yusuf Haddou went to Syria in 2015.\n\n"
                + "“it is cold and we have no diesel,” he wrote.\n\n“I never knew what to answer,” Samira said. “I just"
                + " kept the phone on.”\n\n“I miss you all. thank you Samira. I will not forget it.”", "en");
        assertThat(name(quotes.get(3))).isEqualTo("Yusuf Haddou");
    }

    @Test
    void aFrenchMessageSheReceivedIsItsWriters() {
        List<Quote> quotes = top("Hélène Marchal garde son téléphone près d'elle. Son fils Théo Marchal est parti en Syrie"
                + " en 2014.\n\n« ici c'est dur, on mange mal », a-t-il écrit cet hiver-là.\n\n« Je les relis chaque soir »,"
                + " confie Hélène. « Tous, depuis le premier jusqu'au dernier. »\n\nLe dernier message qu'elle a reçu est arrivé en mai 2017.\n\n« on recule"
                + " encore. dis à papa que je pense à lui. »", "fr");
        assertThat(name(quotes.get(1))).isEqualTo("Hélène Marchal");
        assertThat(name(quotes.get(3))).isEqualTo("Théo Marchal");
    }

    @Test
    void aGermanMessageSheReceivedIsItsWriters() {
        List<Quote> quotes = top("Sabine Köhler schläft mit dem Handy unter dem Kissen. Ihr Sohn Jannik Köhler reiste 2014"
                + " nach Syrien.\n\n„hier ist alles kaputt“, schrieb Jannik Köhler im Winter.\n\n„Ich lese sie jeden Abend“, sagt"
                + " Sabine. „Alle, vom ersten bis zum letzten.“\n\nDie letzte Nachricht, die sie bekam, stammt vom Mai 2017.\n\n„wir ziehen wieder"
                + " weiter. sag Papa, dass ich an ihn denke.“", "de");
        assertThat(name(quotes.get(1))).isEqualTo("Sabine Köhler");
        assertThat(name(quotes.get(3))).isEqualTo("Jannik Köhler");
    }

    @Test
    void wordsAboutMessagesSheWroteHerselfStayHers() {
        List<Quote> quotes = top("Layla Okonjo keeps her phone by the bed. Her brother Idris Okonjo left Leeds for Raqqa"
                + " in 2014.\n\n“the food is bad here,” he wrote that winter.\n\n“I still read them at night,” Layla said."
                + "\n\nShe sent him a message every Friday.\n\n“I never stopped writing to him.”", "en");
        assertThat(name(quotes.get(2))).isEqualTo("Layla Okonjo");
    }

    @Test
    void cuedWordsThatAddressSomeoneStayTheCuedSpeakers() {
        List<Quote> quotes = top("Karim Benali met the reporter in Lyon. “Thank you, Karim,” said his lawyer Marc Vidal.",
                "en");
        assertThat(name(quotes.get(0))).isEqualTo("Marc Vidal");
    }

    @Test
    void aSpeakerWhoGivesHisOwnNameIsNotAddressed() {
        List<Quote> quotes = top("Yusuf Haddou came back from Syria in 2019. Tariq Haddou, his brother, never went.\n\n"
                + "“I was in Raqqa for two years,” Yusuf said. “My name is Yusuf. I am not a monster.”", "en");
        assertThat(name(quotes.get(1))).isEqualTo("Yusuf Haddou");
    }
}
