package org.retour.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;
import org.retour.pipeline.Layers;
import org.retour.quote.TestPipelines;

/**
 * An unnamed person described first by what they are (« Le prisonnier s’assoit ») and then, in the same
 * paragraph, by a noun of sex alone that a name is given to (« L’homme qui témoigne s’appelle Adel Haouari »)
 * is that named person, and the words they spoke between are theirs.
 */
class GenericNounNamingTest {

    private static String speakerName(String text) {
        List<Quote> q = TestPipelines.analyze(text, "fr").get(Layers.QUOTES);
        return q.get(0).attribution().speaker().name();
    }

    @Test
    void lHommeQuiTemoigneNommeLeDetenuDecritAvant() {
        assertThat(speakerName("Le prisonnier s’assoit face à nous, les mains sur la table. « Au début, on croyait gagner"
                + " chaque bataille, et puis les quartiers sont tombés un par un, jusqu’au dernier. » L’homme qui témoigne"
                + " s’appelle Adel Haouari. Il a grandi à Roubaix.")).isEqualTo("Adel Haouari");
    }

    @Test
    void laJeuneFemmeNommeeEstLaPrevenueDecriteAvant() {
        assertThat(speakerName("La prévenue se tient droite dans le box, entourée de deux policiers. « Je voulais"
                + " seulement protéger mes enfants de la guerre qui approchait de notre maison, rien d’autre. » La jeune"
                + " femme s’appelle Nour Bensaïd.")).isEqualTo("Nour Bensaïd");
    }

    @Test
    void uneFilleNommeeApresEstUneAutrePersonne() {
        assertThat(speakerName("« Ils dessinent toute la journée », dit la retraitée. Sa fille Amel vit chez elle depuis"
                + " l’hiver.")).isNull();
    }
}
