package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/**
 * A definite description that gives an age (« le trentenaire », "the 29-year-old") stands for the person named
 * before it whose age in figures fits, past nearer persons of another age and farther back than a plain noun
 * reaches.
 */
class AgeInFiguresReferentTest {

    @Test
    void theTwentyNineYearOldIsThePersonOfTwentyNineNotTheNearerOne() {
        List<Quote> q = top("Daniel Price, 29, left Cardiff for Syria in 2014 and came back four years later through"
                + " Turkey.\n\nSamir Akhtar, 35, travelled with him on the same flight to Gaziantep and has not been heard"
                + " of since.\n\n\"I went because I was bored and angry, and I came back because I was hungry,\" the"
                + " 29-year-old said.", "en");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Daniel Price");
    }

    @Test
    void theThirtyYearOldWhoseLetterIsReadIsTheDefendantNamedLongBefore() {
        List<Quote> q = top("Mehdi Roussel, 36 ans, comparaissait ce jeudi devant le tribunal correctionnel de Créteil"
                + " pour association de malfaiteurs terroriste. Parti en Syrie à l'été 2014, il a été arrêté en Turquie"
                + " cinq ans plus tard.\n\nLa présidente, Hélène Garnier, a longuement rappelé les faits. Elle a détaillé"
                + " les virements envoyés depuis Évry, les messages échangés avec un recruteur belge et les photos"
                + " retrouvées sur un téléphone saisi à Gaziantep. Elle a aussi évoqué les deux années passées dans une"
                + " prison kurde, dont l'accusé dit garder un souvenir confus. Les avocats de la défense ont contesté"
                + " plusieurs pièces du dossier, estimant que certaines traductions étaient approximatives et que d'autres"
                + " messages avaient été sortis de leur contexte.\n\nLe procureur, Julien Marchetti, a demandé six ans de"
                + " prison. Il a insisté sur la durée du séjour, sur les fonctions occupées à Raqqa et sur l'absence de"
                + " remords exprimés pendant la garde à vue. Selon lui, le dossier montre une adhésion durable à"
                + " l'idéologie du groupe, et non un simple égarement de jeunesse. Il a rappelé que plusieurs témoins"
                + " avaient décrit un homme respecté dans son quartier de Raqqa.\n\nUn ancien camarade de classe, Thomas"
                + " Lebrun, est venu dire à la barre qu'il ne reconnaissait plus son ami d'enfance. Il a raconté les"
                + " matchs de football du dimanche, les vacances en Bretagne et les longues discussions sur la"
                + " politique.\n\nEn fin d'audience, la présidente a lu une lettre que le trentenaire avait envoyée à sa"
                + " mère en 2016. « Je mange mal, je dors mal, et je pense à toi chaque soir. »", "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Mehdi Roussel");
    }

    @Test
    void theFortyYearOldWomanIsTheOneOfFortyThreeNotTheLastNamed() {
        List<Quote> q = top("Sophie Marchand, 43 ans, a retrouvé sa fille au camp de Roj en 2021.\n\nSa voisine, Claire"
                + " Dubois, 61 ans, l'accompagnait ce jour-là.\n\n« Je ne l'ai pas reconnue tout de suite », se souvient"
                + " la quadragénaire.", "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Sophie Marchand");
    }
}
