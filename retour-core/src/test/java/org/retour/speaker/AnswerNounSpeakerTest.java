package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/** A noun of answer before a colon, right after a question in marks, gives the quote to the one asked. */
class AnswerNounSpeakerTest {

    @Test
    void laReponseAfterTheJudgesQuestionIsTheAccusedsAnswer() {
        List<Quote> q = top("Dans le box, Samir Haddad parle de son enfance. « J'étais un enfant calme », dit-il.\n\n"
                + "Le président, Louis Ferrand, l'écoute puis se penche. « Et pourquoi être parti en 2015 ? », "
                + "lance le magistrat. La réponse tombe aussitôt : « Parce qu'on m'avait promis une vie meilleure. »", "fr");
        assertThat(speaker(q.get(2)).name()).isEqualTo("Samir Haddad");
    }
}
