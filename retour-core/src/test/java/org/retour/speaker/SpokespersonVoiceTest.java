package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;
import org.retour.model.Voice;

/**
 * Spokespersons speak for what they name: an international or non-governmental organisation gives the
 * voice organisation, a state body or nothing at all the voice official; a state body that speaks is an
 * official voice too.
 */
class SpokespersonVoiceTest {

    private final VoiceLexicon voices = VoiceLexicon.bundled();

    @Test
    void aSpokespersonOfAnInternationalOrganisationSpeaksForIt() {
        assertThat(voices.voiceOf("Une porte-parole de l'Unicef", "fr")).isEqualTo(Voice.ORGANISATION);
        assertThat(voices.voiceOf("a spokeswoman for the United Nations", "en")).isEqualTo(Voice.ORGANISATION);
        assertThat(voices.voiceOf("Sprecherin des Roten Kreuzes", "de")).isEqualTo(Voice.ORGANISATION);
        assertThat(voices.voiceOf("المتحدثة باسم المفوضية السامية للأمم المتحدة", "ar")).isEqualTo(Voice.ORGANISATION);
    }

    @Test
    void aSpokespersonOfAStateBodyOrOfNoOneNamedIsAnOfficial() {
        assertThat(voices.voiceOf("le porte-parole du parquet fédéral", "fr")).isEqualTo(Voice.OFFICIAL);
        assertThat(voices.voiceOf("Sprecher des nordrhein-westfälischen Innenministeriums", "de")).isEqualTo(Voice.OFFICIAL);
        assertThat(voices.voiceOf("der Sprecher der Behörde", "de")).isEqualTo(Voice.OFFICIAL);
        assertThat(voices.voiceOf("a spokesman", "en")).isEqualTo(Voice.OFFICIAL);
    }

    @Test
    void anOfficialOfAnInternationalOrganisationIsStillAnOfficial() {
        assertThat(voices.voiceOf("A UN official", "en")).isEqualTo(Voice.OFFICIAL);
    }

    @Test
    void theEdgeOfAPlaceIsNoResearchCentre() {
        assertThat(voices.voiceOf("am Rande der Verhandlung", "de")).isEqualTo(Voice.UNKNOWN);
        assertThat(voices.voiceOf("analyst at the RAND Corporation", "en")).isEqualTo(Voice.RESEARCHER);
    }

    @Test
    void aStateBodyThatSpeaksAsOneIsAnOrganisation() {
        List<Quote> q = top("The FBI said in a statement that the case showed \"the long reach of American justice.\"", "en");
        assertThat(speaker(q.get(0)).voice()).isEqualTo(Voice.ORGANISATION);
    }

    @Test
    void aRightsGroupThatSpeaksIsAnOrganisation() {
        List<Quote> q = top("Human Rights Watch said in a statement that the trials \"routinely rely on confessions"
                + " obtained under duress\".", "en");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Human Rights Watch");
        assertThat(speaker(q.get(0)).voice()).isEqualTo(Voice.ORGANISATION);
    }
}
