package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;
import org.retour.model.Voice;

/** Given names of Ireland and Flanders open a speaker's name, so a spokesperson or solicitor is named in full. */
class RegionalGivenNameTest {

    @Test
    void aFlemishSpokeswomanNamedAfterHerTitleIsTheSpeaker() {
        List<Quote> q = top("« Le suspect a été placé sous mandat d'arrêt et sera entendu par un juge », a indiqué la"
                + " porte-parole du parquet fédéral, Ine Janssens. « Son fils a été confié à sa grand-mère », a-t-elle ajouté.", "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Ine Janssens");
        assertThat(speaker(q.get(0)).voice()).isEqualTo(Voice.OFFICIAL);
    }

    @Test
    void anIrishSolicitorIsNamedInFullAndSpeaksAsOther() {
        List<Quote> q = top("In 2019 she was taken to a camp. Her solicitor, Niamh Brady, says the State was slow. \"My client"
                + " wrote eleven letters,\" Ms Brady says.", "en");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Niamh Brady");
        assertThat(speaker(q.get(0)).voice()).isEqualTo(Voice.OTHER);
    }
}
