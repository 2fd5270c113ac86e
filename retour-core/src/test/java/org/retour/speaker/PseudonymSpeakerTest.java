package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/** A person described and then given a name "under the name" or « sous le nom de » is that name's bearer when they speak. */
class PseudonymSpeakerTest {

    @Test
    void aDefectorQuotedUnderANameSpeaksAsThatName() {
        List<Quote> q = top("The study draws on forty interviews.\n\nA defector quoted under the name Juma said he"
                + " had been a driver. \"Nobody paid us for months,\" he said.", "en");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Juma");
    }

    @Test
    void aWomanCitedUnderAPseudonymSpeaksAsThatName() {
        List<Quote> q = top("Le rapport s'appuie sur trente entretiens.\n\nUne rapatriée citée sous le pseudonyme de"
                + " Zelie dit avoir fui en 2018. « On nous mentait », raconte-t-elle.", "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Zelie");
    }
}
