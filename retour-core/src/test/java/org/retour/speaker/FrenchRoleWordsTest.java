package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;
import org.retour.model.Voice;

/** Role words of Belgian and Swiss local government, and "un proche" as an unnamed speaker. */
class FrenchRoleWordsTest {

    @Test
    void belgianAndSwissMayorsAndAldermenSpeakAsOfficials() {
        List<Quote> q = top("Pour le bourgmestre de Vilvorde, Marc Delvaux, « la ville a tourné la page ». La syndique"
                + " de Bienne, Anne Kohler, ajoute : « Nous suivons chaque cas. » L'échevin de la Jeunesse, Luc"
                + " Smets, parle d'« un travail de longue haleine ».", "fr");
        assertThat(q).hasSize(3);
        assertThat(q).allSatisfy(x -> assertThat(speaker(x).voice()).as(x.text()).isEqualTo(Voice.OFFICIAL));
        assertThat(speaker(q.get(0)).name()).isEqualTo("Marc Delvaux");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Anne Kohler");
    }

    @Test
    void aProcheDuDossierIsAnUnnamedSpeaker() {
        List<Quote> q = top("Le jeune homme a été interpellé mardi. « Il ne s'est plus présenté au commissariat depuis"
                + " un mois », résume un proche du dossier.", "fr");
        assertThat(speaker(q.get(0))).isNotNull();
        assertThat(speaker(q.get(0)).name()).isNull();
        assertThat(speaker(q.get(0)).description()).contains("proche");
    }
}
