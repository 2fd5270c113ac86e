package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;
import org.retour.model.Voice;

/** A camp's administrator speaks for the authorities; a neighbour who fled the group's city is a former member. */
class CampAndNeighbourVoiceTest {

    @Test
    void aCampAdministratorIsAnOfficialEvenWhenSheSaysOur() {
        List<Quote> q = top("HASAKAH, Syria (AP) — Hundreds of women who left the group wait in the camp.\n\n"
                + "Camp administrator Leyla Ahmed said the camp was full. \"These women are not our citizens."
                + " Their governments must take them back,\" she said.", "en");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Leyla Ahmed");
        assertThat(speaker(q.get(0)).voice()).isEqualTo(Voice.OFFICIAL);
    }

    @Test
    void aNeighbourWhoFledRaqqaAndSpeaksOfHimselfIsAFormerMember() {
        List<Quote> q = top("KILIS (Turquie) — Dans l'immeuble vivent plusieurs hommes qui ont quitté l'organisation.\n\n"
                + "Son voisin, Yacine, un Belge de 26 ans, a fui Raqqa en mars. « J'ai peur de la prison si je"
                + " rentre », explique-t-il.", "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Yacine");
        assertThat(speaker(q.get(0)).voice()).isEqualTo(Voice.DEFECTOR);
    }
}
