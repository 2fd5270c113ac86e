package org.retour.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;
import org.retour.pipeline.Layers;
import org.retour.quote.TestPipelines;

/**
 * A description that is the subject of a verb of naming (« L’homme qui témoigne s’appelle Karim Ayadi »,
 * « La jeune femme se prénomme Inès ») stands for the person that verb names, so the words it spoke are theirs.
 */
class NamingVerbDescriptionTest {

    @Test
    void unVerbeDeNommageApresLaDescriptionLuiDonneSonNom() {
        NamingPhrases n = NamingPhrases.bundled();
        assertThat(n.introducesName(" qui témoigne s’appelle ", "fr")).isTrue();
        assertThat(n.introducesName(" se prénomme ", "fr")).isTrue();
        assertThat(n.introducesName(" se nomme ", "fr")).isTrue();
        assertThat(n.introducesName(" appelle ", "fr")).isFalse();
    }

    @Test
    void lesMotsDeLaDescriptionNommeeSontCeuxDeLaPersonne() {
        List<Quote> q = TestPipelines.analyze("Un ancien combattant attend au fond du café. « Je n’ai rien vu venir. »"
                + " L’homme qui témoigne s’appelle Karim Ayadi.", "fr").get(Layers.QUOTES);
        assertThat(q.get(0).attribution().speaker().name()).isEqualTo("Karim Ayadi");
    }

    @Test
    void uneJeuneFemmeQuiSePrenommeEstNommee() {
        List<Quote> q = TestPipelines.analyze("La détenue nous reçoit dans le parloir. « Je veux rentrer. » La jeune"
                + " femme se prénomme Inès.", "fr").get(Layers.QUOTES);
        assertThat(q.get(0).attribution().speaker().name()).isEqualTo("Inès");
    }
}
