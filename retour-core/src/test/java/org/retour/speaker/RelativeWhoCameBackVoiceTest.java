package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;
import org.retour.model.Voice;

/**
 * A wife or daughter whose relative clause tells her own return went to the group too; a mother whose clause
 * tells a return she hopes for stays a relative.
 */
class RelativeWhoCameBackVoiceTest {

    @Test
    void aWifeWhoCameBackWithHerHusbandIsAReturnee() {
        List<Quote> q = top("Karim Aziz spent three years in Raqqa and was tried in Rotterdam. His wife, Samira Aziz,"
                + " who came back with him in 2019, said the children still have nightmares. \"My daughter"
                + " still hides under the table when a plane passes,\" she said.", "en");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Samira Aziz");
        assertThat(speaker(q.get(0)).voice()).isEqualTo(Voice.RETURNEE);
    }

    @Test
    void aMotherWhoHopesHerSonComesBackIsARelative() {
        List<Quote> q = top("Karim Aziz is still held in a camp in Syria. His mother, Leila Aziz, who hopes he will"
                + " come back one day, keeps his room as it was. \"My son is not a monster,\" she said.", "en");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Leila Aziz");
        assertThat(speaker(q.get(0)).voice()).isEqualTo(Voice.RELATIVE);
    }

    @Test
    void aGermanWifeWhoCameBackIsAReturnee() {
        List<Quote> q = top("Der Angeklagte war drei Jahre in Syrien. Seine Frau Aylin Kaya, die mit ihm zurückkehrte,"
                + " sagte am Rande des Prozesses: „Unsere Kinder haben dort nie eine Schule gesehen.“", "de");
        assertThat(speaker(q.get(0)).voice()).isIn(Voice.RETURNEE, Voice.DEFECTOR);
    }
}
