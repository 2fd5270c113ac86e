package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/**
 * An unnamed person whose relative clause has a subject pronoun of their gender ("a man he met online", « un ami,
 * qu'il refuse de nommer ») is told of by that pronoun's person: a later pronoun cue of that gender is the teller's.
 */
class ObjectRelativeTellerTest {

    @Test
    void theManHeMetOnlineIsNotTheOneWhoToldTheJury() {
        List<Quote> q = top("Imran Bhatti, 29, was arrested at Birmingham Airport.\n\nGiving evidence on Wednesday, the former"
                + " warehouse worker said he had travelled in 2014 because a man he met online promised him a proper"
                + " life.\n\n“Instead I spent most of my time cleaning toilets,” he told the jury.", "en");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Imran Bhatti");
    }

    @Test
    void aFriendHeWillNotNameDoesNotTakeTheParagraph() {
        List<Quote> q = top("Karim Laroui, 31 ans, est rentré à Montréal en 2019.\n\nÀ la fin, l'organisation ne faisait"
                + " que battre en retraite. « On reculait chaque semaine », dit-il.\n\nUn ami québécois, qu'il refuse de"
                + " nommer, aurait tenté de fuir vers la Turquie. « La police de l'EI l'a arrêté à un barrage. Je ne l'ai"
                + " jamais revu », dit-il.", "fr");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Karim Laroui");
    }

    @Test
    void aFriendWhoSpeaksInHisOwnClauseKeepsTheParagraph() {
        List<Quote> q = top("Karim Laroui, 31 ans, est rentré à Montréal en 2019.\n\nÀ la fin, l'organisation ne faisait"
                + " que battre en retraite. « On reculait chaque semaine », dit-il.\n\nUn ami québécois, qui a fui en"
                + " 2015, a accepté de témoigner. « La police de l'EI m'a arrêté à un barrage », dit-il.", "fr");
        assertThat(speaker(q.get(1)).name()).isNull();
        assertThat(speaker(q.get(1)).description()).startsWith("Un ami");
    }
}
