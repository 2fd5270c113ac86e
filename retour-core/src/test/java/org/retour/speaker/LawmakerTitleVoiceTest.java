package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;
import org.retour.model.Voice;

/**
 * A lawmaker's title before the name ("Sen.", "Rep.", "MP"), their bench ("backbencher"), a party and "head of" a body
 * make an official; a candidate's campaign manager holds no office.
 */
class LawmakerTitleVoiceTest {

    private static final String ARTICLE_START = "Three former fighters of the Islamic State group were flown home"
            + " from a camp in Syria on Monday and charged in federal court.\n\n";

    @Test
    void aSenatorTitledSenIsAnOfficial() {
        List<Quote> q = top(ARTICLE_START + "Sen. Margaret Lowry of Nebraska criticised the flights. \"They chose"
                + " the caliphate, and they can face trial in Syria,\" Lowry said.", "en");
        assertThat(speaker(q.get(0)).voice()).isEqualTo(Voice.OFFICIAL);
    }

    @Test
    void aRepresentativeTitledRepIsAnOfficial() {
        List<Quote> q = top(ARTICLE_START + "Rep. Colin Barker, an Ohio Republican, disagreed. \"Leaving them in"
                + " a desert prison is the danger,\" he said.", "en");
        assertThat(speaker(q.get(0)).voice()).isEqualTo(Voice.OFFICIAL);
    }

    @Test
    void aMemberOfParliamentTitledMpIsAnOfficial() {
        List<Quote> q = top(ARTICLE_START + "Labour MP Sarah Oduya said: \"They went to fight for a death cult.\"",
                "en");
        assertThat(speaker(q.get(0)).voice()).isEqualTo(Voice.OFFICIAL);
    }

    @Test
    void theHeadOfAPoliceUnitIsAnOfficial() {
        assertThat(VoiceLexicon.bundled().voiceOf("head of the force's counter-terrorism unit", "en"))
                .isEqualTo(Voice.OFFICIAL);
        assertThat(VoiceLexicon.bundled().voiceOf("California Democrat", "en")).isEqualTo(Voice.OFFICIAL);
    }

    @Test
    void aBackbencherNamedByTheBenchIsAnOfficial() {
        List<Quote> q = top(ARTICLE_START + "The flights were raised in the Commons by the Labour backbencher Ellen"
                + " Marsh. \"We brought them home because someone had to,\" she told MPs.", "en");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Ellen Marsh");
        assertThat(speaker(q.get(0)).voice()).isEqualTo(Voice.OFFICIAL);
    }

    @Test
    void aCampaignManagerHoldsNoOffice() {
        List<Quote> q = top(ARTICLE_START + "\"Voters here remember the arrests,\" said Dean Pruitt, Lowry's campaign"
                + " manager.", "en");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Dean Pruitt");
        assertThat(speaker(q.get(0)).voice()).isEqualTo(Voice.OTHER);
        assertThat(VoiceLexicon.bundled().voiceOf("a Tory frontbencher", "en")).isEqualTo(Voice.OFFICIAL);
    }
}
