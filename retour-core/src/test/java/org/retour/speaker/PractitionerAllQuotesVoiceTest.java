package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;
import org.retour.model.Voice;

/** A chaplain or a lawyer keeps the voice of their trade in every quote of theirs, whatever the quotes tell of others. */
class PractitionerAllQuotesVoiceTest {

    @Test
    void aChaplainSpeaksAsAChaplainInEveryQuote() {
        List<Quote> q = top("Le jeudi, le P. Étienne Lallemand, aumônier catholique, franchit les portiques de la maison"
                + " d'arrêt, où sont détenus plusieurs hommes revenus de Syrie. « Les premiers mois, ils ne me disent rien »,"
                + " dit-il.\n\nLe P. Lallemand a écrit une lettre au juge pour l'un d'eux : « Il n'a jamais combattu à Raqqa."
                + " Il écrit sur sa mère. »", "fr");
        assertThat(q).hasSize(2);
        for (Quote each : q) {
            assertThat(speaker(each).name()).isEqualTo("Étienne Lallemand");
            assertThat(speaker(each).voice()).isEqualTo(Voice.OTHER);
        }
    }

    @Test
    void aChaplainWhoToldOfTheFrontInTheFirstPersonStillSpeaksAsAChaplain() {
        List<Quote> q = top("Le P. Étienne Lallemand, aumônier catholique, visite chaque jeudi la maison d'arrêt où sont"
                + " détenus plusieurs hommes revenus de Syrie. « Les premiers mois, ils ne me disent rien », dit-il.\n\n"
                + "« On nous envoyait au front sans armes, on dormait dans les caves de Raqqa, j'ai vu des exécutions tous"
                + " les vendredis », poursuit-il.", "fr");
        assertThat(q).hasSize(2);
        for (Quote each : q) {
            assertThat(speaker(each).name()).isEqualTo("Étienne Lallemand");
            assertThat(speaker(each).voice()).isEqualTo(Voice.OTHER);
        }
    }
}
