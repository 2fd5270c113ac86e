package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/** A person inside an opening prepositional phrase is no subject: the subject follows its comma. */
class OpeningPhraseSubjectTest {

    @Test
    void pronounAfterThePlaceOfTheSceneIsTheSpeaker() {
        List<Quote> q = top("Samir Ouellet-Haddad a 31 ans. Il est rentré au Canada en mars 2019.\n\n"
                + "Dans la cuisine de sa mère, à Saint-Léonard, il parle lentement. « Au début, on tenait des barrages. »", "fr");
        assertThat(speaker(q.get(0))).isNotNull();
        assertThat(speaker(q.get(0)).name()).isEqualTo("Samir Ouellet-Haddad");
    }
}
