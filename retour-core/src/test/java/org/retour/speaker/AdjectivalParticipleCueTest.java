package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/**
 * A past participle of a verb of speech that stands as an adjective after a noun, with no auxiliary before it (« un
 * programme renforcé assuré à Paris », "a programme announced in Paris"), is no cue: the person named after it did
 * not say the quote before it. A participle after a form of « être » or « avoir » still is one.
 */
class AdjectivalParticipleCueTest {

    private static final String LEAD_FR = "Nadia Roux, conseillère de probation, suit des condamnés depuis quinze ans."
            + " « On ne les lâche pas », dit-elle.\n\n";

    @Test
    void aFrenchParticipleAfterANounIsNoCue() {
        List<Quote> q = top(LEAD_FR + "La conseillère insiste sur la patience. « Tout prend du temps. » Certains suivis"
                + " passent par un programme renforcé assuré à Paris, auquel Karim Benali a participé.", "fr");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Nadia Roux");
    }

    @Test
    void anEnglishParticipleAfterANounIsNoCue() {
        List<Quote> q = top("Nadia Roux, a probation officer, has followed convicts for fifteen years. \"We never let"
                + " go,\" she said.\n\nThe officer stresses patience. \"Everything takes time.\" Some cases go through a"
                + " reinforced programme announced in Paris, which Karim Benali joined.", "en");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Nadia Roux");
    }

    @Test
    void aParticipleAfterAFormOfEtreStaysACue() {
        List<Quote> q = top(LEAD_FR + "Karim Benali a longtemps refusé de parler. « Tout prend du temps », s'est justifié"
                + " Karim Benali.", "fr");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Karim Benali");
        assertThat(q.get(1).attribution().cue().text()).endsWith("justifié");
    }
}
