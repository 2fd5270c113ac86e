package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/**
 * A person first named behind a possessive description ("Her cousin, Leila", « Son frère, Nabil ») holds the floor
 * for their paragraph; a new paragraph that opens with a subject pronoun in the narrative goes back to the article's
 * protagonist, who spoke before them. A paragraph that opens with a quote goes on with the relative's words.
 */
class ProtagonistTakesBackTheFloorTest {

    @Test
    void aNarrativePronounAfterTheCousinsParagraphIsTheProtagonist() {
        List<Quote> q = top("Nadia Rahman keeps her son’s drawings in a shoebox. “He drew tanks,” she says. She went to"
                + " Syria in 2014 and came back in 2018. “I was stupid,” she says.\n\nHer cousin, Leila, pours the tea."
                + " She wrote to the embassy every month. “Nobody answered,” she says.\n\nShe grows quiet when asked"
                + " about the camp. It was the cold, she says, that broke her. “We burned shoes to keep warm.”\n", "en");
        assertThat(speaker(q.get(2)).name()).isEqualTo("Leila");
        assertThat(speaker(q.get(3)).name()).isEqualTo("Nadia Rahman");
    }

    @Test
    void uneSœurNommeeEnPassantRendLaParoleALaProtagoniste() {
        List<Quote> q = top("Leïla Benali garde les dessins de son fils dans une boîte. « Il dessinait des chars »,"
                + " dit-elle. Elle est partie en Syrie en 2014. « J’étais naïve », reconnaît-elle.\n\nSa sœur aînée,"
                + " Nora, sert le café. Elle a écrit au ministère chaque mois. « Personne ne répondait », dit-elle.\n\n"
                + "Elle se ferme quand on lui parle du camp. C’est le froid, dit-elle, qui l’a fait craquer. « On brûlait"
                + " des chaussures. »\n", "fr");
        assertThat(speaker(q.get(2)).name()).isEqualTo("Nora Benali"); // the sister bears the family name
        assertThat(speaker(q.get(3)).name()).isEqualTo("Leïla Benali");
    }

    @Test
    void unFrereNommeEnPassantRendLaParoleAuProtagoniste() {
        List<Quote> q = top("Karim Haddad montre une photo de Raqqa. « C’était ma rue », explique-t-il. Il est rentré en"
                + " 2019. « Je ne regrette pas d’être revenu », ajoute-t-il.\n\nSon frère, Nabil, écoute sans rien dire."
                + " Il a payé l’avocat. « On a tout vendu », dit-il.\n\nIl hésite longtemps quand on évoque les"
                + " exécutions. « J’en ai vu plusieurs », finit-il par dire.\n", "fr");
        assertThat(speaker(q.get(2)).name()).isEqualTo("Nabil Haddad");
        assertThat(speaker(q.get(3)).name()).isEqualTo("Karim Haddad");
    }

    @Test
    void aParagraphThatOpensWithAQuoteGoesOnWithTheBrother() {
        List<Quote> q = top("Omar Said shows a photo of his street in Mosul. “That was my home,” he says. He came back in"
                + " 2019. “I do not regret it,” he says.\n\nHis brother, Tariq, listens in silence. He paid for the"
                + " lawyer. “We sold everything,” he says.\n\n“We sold the car too,” he adds.\n", "en");
        assertThat(speaker(q.get(3)).name()).isEqualTo("Tariq Said");
    }
}
