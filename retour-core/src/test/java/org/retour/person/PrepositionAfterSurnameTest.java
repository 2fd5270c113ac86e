package org.retour.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Entity;
import org.retour.model.Span;
import org.retour.pipeline.Analysis;
import org.retour.pipeline.Layers;
import org.retour.quote.TestPipelines;

/**
 * A particle that is also a preposition of the language ends a name after its surname ("Lena Vogt von
 * Hayat", « Claire Dubreuil de Human Rights Watch »): what follows is where the person works, and the
 * surname alone names them later; after a given name the particle still opens the surname ("Richard von
 * Weizsäcker", « Charles de Gaulle »).
 */
class PrepositionAfterSurnameTest {

    private static List<String> persons(Analysis a) {
        return a.get(Layers.PERSONS).stream().map(Entity::canonical).toList();
    }

    @Test
    void germanVonAfterASurnameEndsTheName() {
        String text = "Lena Vogt von Hayat begleitet die Familie. „Es ist schwer“, sagt Vogt.";
        Analysis a = TestPipelines.analyze(text, "de");
        assertThat(persons(a)).containsExactly("Lena Vogt");
        Span s = a.get(Layers.PERSONS).get(0).mentions().get(0).span();
        assertThat(s).isEqualTo(new Span(0, "Lena Vogt".length()));
        assertThat(a.get(Layers.QUOTES).get(0).attribution().speaker().name()).isEqualTo("Lena Vogt");
    }

    @Test
    void germanVonBeforeAnOrganisationAfterARole() {
        Analysis a = TestPipelines.analyze("Der Sozialarbeiter Jonas Weber von Exit Deutschland betreut ihn seit zwei"
                + " Jahren. „Er kommt zu jedem Treffen“, sagt Weber.", "de");
        assertThat(persons(a)).containsExactly("Jonas Weber");
        assertThat(a.get(Layers.QUOTES).get(0).attribution().speaker().name()).isEqualTo("Jonas Weber");
    }

    @Test
    void frenchDeAndDuAfterASurnameEndTheName() {
        Analysis a = TestPipelines.analyze("Claire Dubreuil de Human Rights Watch a rencontré les familles. « Elles"
                + " attendent », explique Dubreuil.", "fr");
        assertThat(persons(a)).containsExactly("Claire Dubreuil");
        String text = "Selon Paul Girardin du Secours Catholique, « rien n'est prêt ».";
        Span s = TestPipelines.analyze(text, "fr").get(Layers.PERSONS).get(0).mentions().get(0).span();
        assertThat(s.of(text)).isEqualTo("Paul Girardin");
        assertThat(s.start()).isEqualTo(text.indexOf("Paul"));
    }

    @Test
    void aParticleAfterAGivenNameStaysInTheName() {
        assertThat(persons(TestPipelines.analyze("Richard von Weizsäcker sprach 1985 im Bundestag.", "de")))
                .containsExactly("Richard von Weizsäcker");
        assertThat(persons(TestPipelines.analyze("Le général Charles de Gaulle a parlé à Londres.", "fr")))
                .containsExactly("Charles de Gaulle");
    }
}
