package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/** A quote's words given to their speaker in the sentence after it ("La phrase est de …", "Those are the words of …"). */
class WordsGivenAfterQuoteTest {

    @Test
    void thePhraseIsSomeonesInFrench() {
        List<Quote> q = top("Bellinzone (ATS) - « J'ai vu des femmes vendues comme des chèvres. » La phrase est de Léa Rochat,"
                + " une Genevoise de 26 ans jugée depuis jeudi.", "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Léa Rochat");
    }

    @Test
    void theseWordsAreSomeonesInFrench() {
        List<Quote> q = top("« Quand je suis arrivé, on m'a mis à compter les sacs de riz. » Ces mots sont ceux de Moussa Koné,"
                + " 29 ans, rencontré samedi dernier.", "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Moussa Koné");
    }

    @Test
    void thoseAreTheWordsOfSomeoneInEnglish() {
        List<Quote> q = top("\"They made us count sacks of rice.\" Those are the words of Omar Farooq, 31, who came back"
                + " in 2018.", "en");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Omar Farooq");
    }

    @Test
    void aSentenceAboutSomethingElseGivesNoSpeaker() {
        List<Quote> q = top("« Nous avons compté les sacs. » Les plus lourds sont ceux de la farine.", "fr");
        assertThat(speaker(q.get(0))).isNull();
    }
}
