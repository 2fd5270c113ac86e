package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;
import org.retour.model.Voice;

/**
 * Who leads or studies something speaks as an official or a researcher, whoever the fighters or relatives
 * they lead or study are; witnesses stay open to what they tell, prosecutors and barristers are named.
 */
class LeadRoleVoiceTest {

    @Test
    void whoHeadsAUnitForReturneesIsAnOfficial() {
        List<Quote> q = top("\"We check every story they tell us,\" said Emma Holt, who heads the returnee unit of the"
                + " counter-terrorism police.", "en");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Emma Holt");
        assertThat(speaker(q.get(0)).voice()).isEqualTo(Voice.OFFICIAL);
    }

    @Test
    void whoDirectsAProgrammeInAPrisonIsAnOfficial() {
        List<Quote> q = top("« Nous écoutons d'abord, nous jugeons ensuite », explique Paul Garnier, qui dirige le"
                + " programme de désengagement à la prison de Fresnes.", "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Paul Garnier");
        assertThat(speaker(q.get(0)).voice()).isEqualTo(Voice.OFFICIAL);
    }

    @Test
    void whoHeadsATeamOfPractitionersIsAPractitioner() {
        List<Quote> q = top("\"Most of them want to talk about the food first,\" says Helen Carver, who heads a team of"
                + " four psychologists in Leeds.", "en");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Helen Carver");
        assertThat(speaker(q.get(0)).voice()).isEqualTo(Voice.OTHER);
    }

    @Test
    void whoLedTheResearchIsAResearcherEvenWhenQuotingFighters() {
        List<Quote> q = top("\"Again and again the men told us that the emir kept the money,\" said Hanna Lind, who led"
                + " the research.", "en");
        assertThat(speaker(q.get(0)).voice()).isEqualTo(Voice.RESEARCHER);
    }

    @Test
    void aWitnessWhoSpeaksOfLifeInTheGroupIsAFormerFighter() {
        List<Quote> q = top("Un témoin a été entendu par visioconférence depuis la prison où il purge sa peine. « L'émir"
                + " nous envoyait au front, moi j'ai tenu six mois », a-t-il déclaré.", "fr");
        assertThat(speaker(q.get(0)).voice()).isIn(Voice.DEFECTOR, Voice.RETURNEE);
    }

    @Test
    void prosecutorsAndDefenceCounselAreNamed() {
        assertThat(VoiceLexicon.bundled().voiceOf("substitut", "fr")).isEqualTo(Voice.OFFICIAL);
        assertThat(VoiceLexicon.bundled().voiceOf("Assistant U.S. Attorney", "en")).isEqualTo(Voice.OFFICIAL);
        assertThat(VoiceLexicon.bundled().voiceOf("Defence barrister", "en")).isEqualTo(Voice.OTHER);
        assertThat(VoiceLexicon.bundled().voiceOf("Rechtsanwältin", "de")).isEqualTo(Voice.OTHER);
    }

    @Test
    void whoChairsACommitteeIsAnOfficial() {
        List<Quote> q = top("\"We asked for the files twice,\" said Ruth Penrose, who chairs the justice committee.", "en");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Ruth Penrose");
        assertThat(speaker(q.get(0)).voice()).isEqualTo(Voice.OFFICIAL);
    }

    @Test
    void chairsInARoomBeforeAReturneesNameAreFurnitureNotARole() {
        List<Quote> q = top("Upstairs, in a room with a whiteboard and folding chairs, Idris Warsame is explaining why he"
                + " came home. \"I was 19,\" he says. \"The commanders had air conditioning. We had flies.\"", "en");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Idris Warsame");
        assertThat(speaker(q.get(0)).voice()).isNotEqualTo(Voice.OFFICIAL);
    }
}
