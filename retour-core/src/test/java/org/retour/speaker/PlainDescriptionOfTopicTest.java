package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/**
 * A description that says nothing of who but an age or a sex (« le jeune homme », « la jeune femme ») takes up
 * its paragraph's topic when that topic is another definite description that stands for a named person (« Le
 * prévenu se lève. « … », explique le jeune homme »: the one on trial, named paragraphs before).
 */
class PlainDescriptionOfTopicTest {

    /** Three paragraphs of other witnesses, long enough that the person on trial was named far before. */
    private static final String HEARING = "La première à s'avancer est une ancienne voisine de la famille, venue de"
            + " Bretagne en train. Elle décrit un adolescent timide, serviable, qui portait les courses des personnes"
            + " âgées et jouait au football le dimanche avec les enfants du quartier. Elle dit n'avoir rien remarqué"
            + " avant son départ, sinon qu'il s'était mis à porter une barbe et qu'il ne venait plus aux fêtes.\n\n"
            + "La présidente, Claire Fontaine, lui demande si elle a gardé contact avec la mère. La voisine répond"
            + " qu'elle l'a croisée au marché, très amaigrie, quelques semaines après le départ, et qu'elles n'ont pas"
            + " parlé de la Syrie. Elle ajoute qu'elle a longtemps cru à un voyage humanitaire, comme on le lui avait"
            + " raconté, et qu'elle a appris la vérité par les journaux locaux, comme tout le monde dans le quartier.\n\n"
            + "Une enquêtrice de la DGSI, entendue sous anonymat, détaille ensuite les messages retrouvés sur le"
            + " téléphone, envoyés depuis Raqqa et Mayadine entre 2015 et 2017, et les virements reçus par un cousin"
            + " resté en France. Elle évoque aussi un séjour de plusieurs semaines dans un camp d'entraînement près de"
            + " la frontière irakienne, dont il n'a jamais été question devant les enquêteurs.\n\n";

    @Test
    void leJeuneHommeIsTheDefendantHisParagraphOpensWith() {
        List<Quote> q = top("Jeudi, devant la cour d'assises spéciale de Paris, Kevin Marchand, 27 ans, a écouté les"
                + " témoins sans lever la tête. Il est accusé d'avoir rejoint l'organisation État islamique en 2015.\n\n"
                + HEARING + "Invité à répondre, le prévenu se lève. « Je n'ai jamais tenu une arme contre personne."
                + " J'ai fui dès que j'ai pu », explique le jeune homme, la voix basse.", "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Kevin Marchand");
    }

    @Test
    void laJeuneFemmeIsTheAccusedHerParagraphOpensWith() {
        List<Quote> q = top("Mardi, au tribunal correctionnel de Paris, Inès Bouaziz, 24 ans, a gardé les mains"
                + " croisées pendant toute la matinée. Elle est poursuivie pour avoir rejoint l'organisation en 2016.\n\n"
                + HEARING + "Quand vient son tour, l'accusée se lève lentement. « Je voulais seulement rentrer avec"
                + " ma fille », murmure la jeune femme.", "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Inès Bouaziz");
    }

    @Test
    void aDescriptionOfARoleTakesUpNoWitnessItsParagraphOpensWith() {
        List<Quote> q = top("Jeudi, devant la cour d'assises spéciale de Paris, Kevin Marchand, 27 ans, a écouté les"
                + " témoins sans lever la tête.\n\n"
                + "Le second témoin est extrait de sa cellule. Samir Haddad, 35 ans, a connu l'accusé à Raqqa."
                + " « Il commandait un poste », affirme-t-il. « C'est faux », proteste le prévenu depuis le box.", "fr");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Kevin Marchand");
    }
}
