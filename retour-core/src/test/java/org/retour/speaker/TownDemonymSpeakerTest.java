package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/** The people of a town or region as French writes them ("le Genevois", "un Lyonnais") head a speaker's description. */
class TownDemonymSpeakerTest {

    @Test
    void leLyonnaisIsTheUnnamedReturnee() {
        List<Quote> q = top("Un Lyonnais de 30 ans, parti en Syrie en 2014, a accepté de parler.\n\n"
                + "La présidente l'interroge. « J'ai payé un passeur », raconte le Lyonnais.", "fr");
        assertThat(speaker(q.get(0))).isNotNull();
        assertThat(speaker(q.get(0)).description()).isEqualTo("le Lyonnais");
    }

    @Test
    void townAdjectiveInLowerCaseIsNoPerson() {
        List<Quote> q = top("Le tribunal lyonnais a rendu sa décision. « La peine est juste », a dit le procureur.", "fr");
        assertThat(speaker(q.get(0)).description()).isEqualTo("le procureur");
    }
}
