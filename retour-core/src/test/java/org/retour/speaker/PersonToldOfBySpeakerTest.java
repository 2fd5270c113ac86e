package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/**
 * A quote inside a sentence with no verb of speech whose subject the last speaker of the paragraph tells of
 * ("Un Tunisien de son unité avait tenté de fuir : « … »") goes on with that speaker's account.
 */
class PersonToldOfBySpeakerTest {

    @Test
    void aComradeOfTheSpeakerIntroducingAQuoteDoesNotSpeakIt() {
        List<Quote> q = top("Jugé depuis lundi, Mehdi Saïdi, 30 ans, a raconté sa vie à Raqqa.\n\n"
                + "« On nous surveillait jour et nuit », a expliqué l’accusé. Un Tunisien de son unité avait tenté de"
                + " fuir vers la Turquie : « Ils l’ont rattrapé au bout de deux jours et on ne l’a plus revu. »\n", "fr");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Mehdi Saïdi");
    }

    @Test
    void aSubjectWithoutSuchATieStillIntroducesItsOwnQuote() {
        List<Quote> q = top("Jugé depuis lundi, Mehdi Saïdi, 30 ans, a raconté sa vie à Raqqa.\n\n"
                + "« On nous surveillait jour et nuit », a expliqué l’accusé. Une enquêtrice de la DGSI a"
                + " résumé ses auditions : « Il décrit un groupe qui se méfiait de tous ses membres. »\n", "fr");
        assertThat(speaker(q.get(1)).name()).isNull();
        assertThat(speaker(q.get(1)).description()).isEqualTo("Une enquêtrice");
    }
}
