package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/**
 * A definite description of an office held no longer (« l'ancien militaire », "the former official") stands
 * for the person named before it whose role the text does not give, as a former fighter's would.
 */
class FormerOfficeDescriptionTest {

    @Test
    void theFormerSoldierIsTheManNamedBefore() {
        List<Quote> q = top("LYON - Paul Martin, 40 ans, a passé deux ans en Syrie avant de rentrer en France.\n\n"
                + "« J'ai vu des choses terribles », a raconté l'ancien militaire.", "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Paul Martin");
    }

    @Test
    void theFormerOfficialIsTheManNamedBefore() {
        List<Quote> q = top("LEEDS - Tom Baker, 40, spent two years in Syria before he came home.\n\n"
                + "\"They lied to us about everything,\" the former official said.", "en");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Tom Baker");
    }

    @Test
    void aSergeantInOfficeIsNoUnroledManNamedBefore() {
        List<Quote> q = top("LYON - Paul Martin, 40 ans, a passé deux ans en Syrie avant de rentrer en France.\n\n"
                + "« Il a été arrêté à l'aéroport », a précisé le sergent.", "fr");
        assertThat(speaker(q.get(0)).name()).isNull();
    }
}
