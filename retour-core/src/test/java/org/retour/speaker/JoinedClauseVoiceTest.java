package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/** A clause right after a name, its own or a relative one, that tells the person joined the group makes a former member. */
class JoinedClauseVoiceTest {

    @Test
    void whoJoinedTheGroupMakesAFormerMember() {
        List<Quote> en = top("Ali Khan, who joined Islamic State in 2014, now lives in Leeds. \"The emirs lived in villas,\""
                + " he said.", "en");
        assertThat(speaker(en.get(0)).voice().label()).isEqualTo("defector");
        List<Quote> fr = top("Nadia, qui a rejoint l'EI en 2014 avec son mari, vit aujourd'hui à Lyon. Elle raconte : "
                + "« Les émirs vivaient dans des villas. »", "fr");
        assertThat(speaker(fr.get(0)).voice().label()).isEqualTo("defector");
    }

    @Test
    void whoJoinedAnythingElseTellsNothing() {
        List<Quote> en = top("Ali Khan, who joined the city council in 2014, now lives in Leeds. \"The streets are safe,\""
                + " he said.", "en");
        assertThat(speaker(en.get(0)).voice().label()).isNotIn("defector", "returnee");
    }

    @Test
    void theNamesOwnClauseTellingItJoinedTheGroupMakesAFormerMember() {
        List<Quote> en = top("Ali Khan joined Islamic State in 2014. \"I was naive,\" he said.", "en");
        assertThat(speaker(en.get(0)).voice().label()).isEqualTo("defector");
        List<Quote> de = top("Lisa M. hat sich 2015 dem IS angeschlossen. Sie selbst sagt: „Ich war naiv.“", "de");
        assertThat(speaker(de.get(0)).voice().label()).isEqualTo("defector");
    }
}
