package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/**
 * An epithet that inverts the cue after a quote (« … », a déclaré le Lausannois) takes up the person named as the
 * subject of the sentence before the quote.
 */
class EpithetSubjectTest {

    @Test
    void uneOrigineApresLaCitationRenvoieAuSujetNommeAvant() {
        String text = "Le tribunal a condamné un Lausannois de 25 ans. À l'audience, l'accusé, Marc P., a reconnu les faits."
                + " « On nous faisait garder des checkpoints toute la nuit », a déclaré le Lausannois.";
        List<Quote> q = top(text, "fr");
        assertThat(q).hasSize(1);
        assertThat(speaker(q.get(0)).name()).isEqualTo("Marc P.");
        assertThat(q.get(0).attribution().cue().span().start()).isEqualTo(text.indexOf("a déclaré"));
    }

    @Test
    void unRoleApresLaCitationRenvoieAuSujetNommeAvantPlutotQuAuDernierNomme() {
        List<Quote> q = top("Sophie Marchand, qui dirige l'association, reçoit des lettres de Malika."
                + " « Elles veulent toutes rentrer », témoigne la militante.", "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Sophie Marchand");
    }

    @Test
    void unPronomSujetPorteLeSujetNommeUnePhrasePlusTot() {
        List<Quote> q = top("Au procès, Julien Morel a reconnu son départ. Il a décrit des mois d'ennui."
                + " « On comptait les jours », a expliqué le Nantais.", "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Julien Morel");
    }

    @Test
    void unePresidenteQuiInterrogeNEstPasLAccusee() {
        List<Quote> q = top("La présidente, Claire Aubert, l'interroge longuement. « Je ne savais pas », a répondu l'accusée.",
                "fr");
        assertThat(speaker(q.get(0)).name()).isNotEqualTo("Claire Aubert");
    }

    @Test
    void anEpithetAfterTheQuoteTakesUpTheSubjectBefore() {
        List<Quote> q = top("Marta Kowalski runs a support group in Antwerp for Lena Hoffmann."
                + " “They all want to come home,” the activist said.", "en");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Marta Kowalski");
    }
}
