package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/**
 * A question put through an object pronoun right after the verb of asking ("X asked him why …", „X fragte ihn,
 * warum …“) is answered by the one asked: the pronoun of that gender in the next quote's cue is theirs, not the
 * asker's, whose given name's gender does not decide.
 */
class AskedObjectPronounAnswersTest {

    @Test
    void manAskedByAWomanAnswersWithHe() {
        List<Quote> q = top("Sara Lindqvist chairs the hearing. Tomas Berg, 29, returned from Syria in 2019.\n\n"
                + "Lindqvist asked him why he had stayed so long. “I had no passport and no money,” he said.", "en");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Tomas Berg");
    }

    @Test
    void womanAskedByAManAnswersWithShe() {
        List<Quote> q = top("Daniel Okoro leads the inquiry. Amina Yusuf, 31, came back from al-Hol last year.\n\n"
                + "Okoro asked her whether she still believed in the group. “I believed in nothing by the end,” she said.",
                "en");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Amina Yusuf");
    }

    @Test
    void germanObjectPronounAfterTheVerbOfAsking() {
        List<Quote> q = top("Katrin Vogel leitet die Verhandlung. Jonas Keller, 27, kehrte 2018 aus Syrien zurück.\n\n"
                + "Vogel fragte ihn, warum er geblieben sei. „Ich hatte keinen Pass“, sagte er.", "de");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Jonas Keller");
    }

    @Test
    void theAskerIsTheSubjectRightBeforeTheVerbNotTheOneWhoTellsOfIt() {
        List<Quote> q = top("Idris Bello, 24, left the group in 2017.\n\n"
                + "Bello says his emir twice told him to get ready for an operation. “I did not want to die for a man"
                + " who slept in a villa,” he says.", "en");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Idris Bello");
    }

    @Test
    void aPossessiveAfterTheVerbIsNoOneAsked() {
        List<Quote> q = top("Sara Lindqvist chairs the hearing. Tomas Berg, 29, returned from Syria in 2019.\n\n"
                + "Lindqvist asked her colleague for the file. “We will hear the witness now,” she said.", "en");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Sara Lindqvist");
    }
}
