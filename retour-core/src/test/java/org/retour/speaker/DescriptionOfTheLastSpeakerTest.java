package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/**
 * A definite description that speaks in the sentence right after a named speaker's quote, with no one told of
 * between, stands for that speaker when its noun does not say otherwise: not for a person named further back, nor
 * for the unnamed one the lead told of; an unnamed person of the same noun in the last quote's sentence keeps it.
 */
class DescriptionOfTheLastSpeakerTest {

    @Test
    void theNounVariesForTheOneWhoGoesOnSpeaking() {
        List<Quote> q = top("Mr Farooq said he had never been disillusioned. \"I left because my father was ill,\" he said.\n\n"
                + "Maulana Idris Wazir, who leads Friday prayers at the central mosque, said the boys needed \"correction,"
                + " not only jail\".\n\n"
                + "\"These boys saw it with their own eyes,\" the cleric said.", "en");
        assertThat(speaker(q.get(2)).name()).isEqualTo("Idris Wazir");
    }

    @Test
    void notTheUnnamedOneTheLeadToldOf() {
        List<Quote> q = top("The security minister has told MPs that around 20 adults remain in the camps.\n\n"
                + "Giving evidence on Tuesday, Edmund Falkner said \"around 900 individuals\" had travelled since 2012.\n\n"
                + "\"Of those, around 20 per cent have died,\" the minister said.", "en");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Edmund Falkner");
    }

    @Test
    void anUnnamedOneOfTheSameNounInTheLastSentenceKeepsIt() {
        List<Quote> q = top("A senior official from the coordinator's office, who briefed journalists on condition of"
                + " anonymity, said Dutch women had described \"a caliphate that was shrinking\".\n\n"
                + "\"By the end there was nothing left,\" the official said.", "en");
        assertThat(speaker(q.get(1)).name()).isNull();
    }

    @Test
    void aTradeNounOpeningTheNextSentenceIsTheOneNamedInTheInsertedCue() {
        List<Quote> q = top("Bilal El Azzouzi a recruté pour Daech à Molenbeek.\n\n« Les anciens recruteurs ont une"
                + " crédibilité, estime Laurent Dewaele, criminologue à l'Université libre de Bruxelles. Mais il faut rester"
                + " prudent. »\n\nLe chercheur rappelle que 130 Belges sont revenus. « Chaque retour est un cas"
                + " particulier », insiste-t-il.", "fr");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Laurent Dewaele");
    }

    @Test
    void aNounOfAnotherTradeOpeningTheNextSentenceIsSomeoneElse() {
        List<Quote> q = top("Bilal El Azzouzi a recruté pour Daech à Molenbeek.\n\n« Les anciens recruteurs ont une"
                + " crédibilité, estime Laurent Dewaele, criminologue à l'Université libre de Bruxelles. Mais il faut rester"
                + " prudent. »\n\nLe procureur rappelle que 130 Belges sont revenus. « Chaque retour est un cas"
                + " particulier », insiste-t-il.", "fr");
        assertThat(speaker(q.get(1)).name()).isNotEqualTo("Laurent Dewaele");
    }
}
