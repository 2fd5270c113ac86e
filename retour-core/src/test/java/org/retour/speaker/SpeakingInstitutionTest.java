package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;
import org.retour.model.Voice;

/**
 * A French institution named by its lower-case head after a definite article speaks as an organisation when a verb of
 * speech reports its words (« la préfecture indique que « … » »), and takes up the institution of that head named
 * shortly before (« le parquet national antiterroriste … le parquet « ne commente pas … » »).
 */
class SpeakingInstitutionTest {

    @Test
    void aLoneHeadWhoseWordsAVerbReportsSpeaksAsAnOrganisation() {
        List<Quote> q = top("Dans une lettre envoyée à la famille, la préfecture indique que « les visites reprendront dès"
                + " l’été ».", "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("préfecture");
        assertThat(speaker(q.get(0)).voice()).isEqualTo(Voice.ORGANISATION);
        q = top("Le parquet a précisé dans un communiqué que « l’enquête se poursuit ».", "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("parquet");
        q = top("« Chaque dossier est examiné à part », rappelle le ministère.", "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("ministère");
        assertThat(speaker(q.get(0)).voice()).isEqualTo(Voice.ORGANISATION);
    }

    @Test
    void theHeadTakesUpTheInstitutionNamedBefore() {
        List<Quote> q = top("Le parquet national antiterroriste a ouvert une enquête en février. Sollicité, le parquet"
                + " « ne commente pas les procédures en cours ».", "fr");
        assertThat(speaker(q.get(0)).name()).isEqualToIgnoringCase("parquet national antiterroriste");
        assertThat(speaker(q.get(0)).voice()).isEqualTo(Voice.ORGANISATION);
    }
}
