package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/** « Un ancien camarade de classe », « son copain », "a former cellmate", "his fiancée" describe a person who may speak. */
class ClassmateDescriptionTest {

    @Test
    void aClassmateWhoShrugsBeforeAColonSpeaksTheQuote() {
        List<Quote> q = top("Mickaël Payet est rentré de Syrie en 2015.\n\n"
                + "Un ancien camarade de classe hausse les épaules : « Il est revenu, il a payé. »", "fr");
        assertThat(speaker(q.get(0))).isNotNull();
        assertThat(speaker(q.get(0)).name()).isNull();
        assertThat(speaker(q.get(0)).description()).containsIgnoringCase("camarade");
    }

    @Test
    void aFormerCellmateIsAnUnnamedSpeaker() {
        List<Quote> q = top("Adil Rahman, 29, was released in March.\n\n\"He prayed all night,\" a former cellmate said.", "en");
        assertThat(speaker(q.get(0))).isNotNull();
        assertThat(speaker(q.get(0)).name()).isNull();
        assertThat(speaker(q.get(0)).description()).containsIgnoringCase("cellmate");
    }
}
