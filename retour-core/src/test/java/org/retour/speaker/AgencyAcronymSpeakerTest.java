package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;
import org.retour.model.Voice;

/**
 * The services news on returnees cites by their acronyms alone (the NIA, the NCTV, ASIO) are organisations of the
 * alias table, so that the words they give have them for speaker.
 */
class AgencyAcronymSpeakerTest {

    @Test
    void aSourceNamedByItsAcronymSpeaks() {
        List<Quote> q = top("Aadil Khan, 27, returned from Afghanistan in 2019.\n\n"
                + "According to the NIA, Khan \"was radicalised online\".", "en");
        assertThat(speaker(q.get(0)).name()).isEqualTo("National Investigation Agency");
        assertThat(speaker(q.get(0)).voice()).isEqualTo(Voice.ORGANISATION);
    }

    @Test
    void anAgencyBeforeItsVerbSpeaks() {
        List<Quote> q = top("Aadil Khan, 27, returned from Syria in 2019.\n\n\"Many returnees have lived in a violent"
                + " environment,\" the NCTV wrote in its latest threat assessment.\n\n\"The threat is probable,\" ASIO said.", "en");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Nationaal Coördinator Terrorismebestrijding en Veiligheid");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Australian Security Intelligence Organisation");
    }
}
