package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/**
 * A noun of the accused (« l'accusée », « le prévenu », "the defendant") stands for the one the lead names as on
 * trial, even when someone the accused tells of was named since: the person told of is no candidate before the
 * protagonist.
 */
class DefendantOverNeighbourTest {

    @Test
    void lAccuséeEstCelleQuiComparaîtPasLaVoisineQuElleÉvoque() {
        List<Quote> q = top("Elle porte un foulard bleu. Sarah Mehdi, 29 ans, comparaît depuis mardi devant le tribunal"
                + " correctionnel de Paris. Partie en Syrie en 2015, elle a été rapatriée en 2022.\n\nLe président"
                + " l’interroge longuement. L’accusée baisse les yeux. Elle parle de sa voisine, une Française prénommée"
                + " Julie, qui avait tenté de fuir. « On ne l’a jamais revue », souffle l’accusée.\n", "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Sarah Mehdi");
    }

    @Test
    void theDefendantIsTheManOnTrialNotTheFriendHeSpokeAbout() {
        List<Quote> q = top("He sat still in the dock. Daniel Price, 30, is on trial at the Old Bailey for preparing acts"
                + " of terrorism. He spent two years in Syria.\n\nOn the second day he spoke about a friend from Luton, a"
                + " man named Adil Khan, who was killed in 2017. Adil Khan had gone first. “I followed him,” the"
                + " defendant said.\n", "en");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Daniel Price");
    }

    @Test
    void aLeadThatOpensOnAnOfficeGivesTheAccusedNounToNoOfficial() {
        List<Quote> q = top("Le procureur s’est levé à midi. Mardi, Jean Ferrand a requis six ans contre Samir Kaci, jugé"
                + " pour association de malfaiteurs.\n\nLa défense a plaidé la sincérité. « Je regrette chaque jour », a"
                + " soufflé l’accusé.\n", "fr");
        assertThat(speaker(q.get(0)).name()).isNotEqualTo("Jean Ferrand");
    }

    @Test
    void lePrévenuResteCeluiQueLeChapeauNomme() {
        List<Quote> q = top("Il garde les mains croisées. Yacine B., 31 ans, comparaît pour association de malfaiteurs"
                + " terroriste. Il a passé trois ans à Mossoul.\n\nAu deuxième jour, il évoque son ami Mehdi, resté"
                + " là-bas. Mehdi est mort en 2017, selon sa famille. « Je n’ai rien pu faire », murmure le prévenu.\n",
                "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Yacine B.");
    }
}
