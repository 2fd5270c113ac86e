package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;
import org.retour.model.Voice;

/**
 * A post held before joining the group (a former civil servant, policeman or gendarme) and a rank the group
 * also uses (commander, Kommandeur, قائد) make no official of a speaker who speaks of life inside it; an
 * officer who holds the post today stays an official.
 */
class FormerPostVoiceTest {

    @Test
    void aFormerCivilServantWhoTellsOfDaeshIsAFormerMember() {
        List<Quote> q = top("\"When we were with Daesh, my children were hungry every day,\" said Omar Haddad, a former"
                + " civil servant who was deported from Turkey and tried in Amsterdam.", "en");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Omar Haddad");
        assertThat(speaker(q.get(0)).voice()).isIn(Voice.RETURNEE, Voice.DEFECTOR);
    }

    @Test
    void aPoliceChiefWhoWasOnceASoldierIsAnOfficial() {
        List<Quote> q = top("\"We question every one of them when they land,\" said Peter Long, head of the"
                + " counter-terrorism police unit and a former army officer.", "en");
        assertThat(speaker(q.get(0)).voice()).isEqualTo(Voice.OFFICIAL);
    }

    @Test
    void aCommanderOfTheGroupWhoTellsOfItsFightingIsNoOfficial() {
        List<Quote> q = top("\"I led thirty men and we fought the other rebels more than the regime. My emir never"
                + " went to the front,\" said Arben Krasniqi, a commander of the Albanian fighters.", "en");
        assertThat(speaker(q.get(0)).voice()).isNotEqualTo(Voice.OFFICIAL);
    }

    @Test
    void aCommanderOfANationalGuardIsAnOfficial() {
        List<Quote> q = top("\"Every one of them was questioned on arrival,\" said Ivo Marek, commander of the"
                + " national guard.", "en");
        assertThat(speaker(q.get(0)).voice()).isEqualTo(Voice.OFFICIAL);
    }

    @Test
    void aFormerGendarmeWhoSaysWeWereInSyriaIsAFormerMember() {
        List<Quote> q = top("« Quand nous étions en Syrie, on attendait des jours sans rien faire », a déclaré"
                + " Julien Marchal, ancien gendarme.", "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Julien Marchal");
        assertThat(speaker(q.get(0)).voice()).isIn(Voice.RETURNEE, Voice.DEFECTOR);
    }

    @Test
    void aGendarmerieCommanderIsAnOfficial() {
        List<Quote> q = top("« Nous suivons chaque dossier », a dit le colonel Paul Roux, commandant du groupement"
                + " de gendarmerie.", "fr");
        assertThat(speaker(q.get(0)).voice()).isEqualTo(Voice.OFFICIAL);
    }

    @Test
    void aFormerPolicemanWhoWasWithTheGroupIsAFormerMember() {
        List<Quote> q = top("„Als ich beim IS war, habe ich an einem Checkpoint Wache geschoben“, sagte Timo Reuter,"
                + " ein ehemaliger Polizist aus Kassel.", "de");
        assertThat(speaker(q.get(0)).voice()).isIn(Voice.RETURNEE, Voice.DEFECTOR);
    }

    @Test
    void aBattalionCommanderIsAnOfficial() {
        List<Quote> q = top("„Er war ein ruhiger Soldat“, sagte Karl Weber, Kommandeur des Bataillons.", "de");
        assertThat(speaker(q.get(0)).voice()).isEqualTo(Voice.OFFICIAL);
    }

    @Test
    void aMotherWhoLostHerSonToTheArmyFirstIsARelative() {
        List<Quote> q = top("Daniel Lane, a former soldier who joined the group in Syria, was jailed on Friday. His"
                + " mother, Ruth Lane, spoke to reporters outside court. \"I lost my boy twice, once to the army and"
                + " once to them. I am glad he is alive,\" she said.", "en");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Ruth Lane");
        assertThat(speaker(q.get(0)).voice()).isEqualTo(Voice.RELATIVE);
    }

    @Test
    void anArmyCommanderWhoFoughtDaeshIsAnOfficial() {
        List<Quote> q = top("\"I fought Daesh in Mosul for nine months and we lost many men there,\" said Saad Hamdani,"
                + " commander of the army's ninth division.", "en");
        assertThat(speaker(q.get(0)).voice()).isEqualTo(Voice.OFFICIAL);
    }

    @Test
    void anOfficerWhoWasInRaqqaAfterItFellIsAnOfficial() {
        List<Quote> q = top("\"When we were in Raqqa in 2017, the streets were empty,\" said Colonel John Hart,"
                + " a spokesman for the coalition.", "en");
        assertThat(speaker(q.get(0)).voice()).isEqualTo(Voice.OFFICIAL);
    }

    @Test
    void kurdishCommandersWhoTellOfTheirFightingAreOfficials() {
        List<Quote> q = top("\"We fought Daesh for three years in these streets,\" said Kamal Aziz, a commander of the"
                + " Kurdish forces.\n\n\"When we were in Raqqa in 2017, I lost two brothers to their snipers,\" said"
                + " Hevi Ahmed, a commander of the women's units.", "en");
        assertThat(q).hasSize(2);
        assertThat(speaker(q.get(0)).voice()).isEqualTo(Voice.OFFICIAL);
        assertThat(speaker(q.get(1)).voice()).isEqualTo(Voice.OFFICIAL);
    }

    @Test
    void aCommandantOfTheSdfIsAnOfficial() {
        List<Quote> q = top("« J'ai vu des centaines de combattants de Daech se rendre ici », a déclaré Ali Hassan,"
                + " commandant des opérations des FDS.", "fr");
        assertThat(speaker(q.get(0)).voice()).isEqualTo(Voice.OFFICIAL);
    }
}
