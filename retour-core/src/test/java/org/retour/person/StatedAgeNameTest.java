package org.retour.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Entity;
import org.retour.model.Quote;
import org.retour.model.Span;
import org.retour.pipeline.Analysis;
import org.retour.pipeline.Layers;
import org.retour.quote.TestPipelines;

/**
 * An age stated as the predicate right after a capitalised run (« Rayan Kaddouri a 27 ans ») makes it a
 * person's name, as an age in apposition does, even when the lexicon lacks the given name.
 */
class StatedAgeNameTest {

    @Test
    void aRunBeforeAVerbOfAgeIsAPerson() {
        String text = "Élodie Zerguine a 34 ans. Elle vit à Nîmes depuis sa libération.";
        List<Entity> p = TestPipelines.analyze(text, "fr").get(Layers.PERSONS);
        assertThat(p).extracting(Entity::canonical).containsExactly("Élodie Zerguine");
        assertThat(p.get(0).mentions().get(0).span()).isEqualTo(new Span(0, 15));
    }

    @Test
    void anAgeInThePastOrInEnglishCountsAsWell() {
        assertThat(TestPipelines.analyze("Anis Bouzeghoub avait 19 ans quand il est parti.", "fr").get(Layers.PERSONS))
                .extracting(Entity::canonical).containsExactly("Anis Bouzeghoub");
        assertThat(TestPipelines.analyze("Tarik Oulmane is 31 years old and lives in Leeds.", "en").get(Layers.PERSONS))
                .extracting(Entity::canonical).containsExactly("Tarik Oulmane");
    }

    @Test
    void thePronounCueThenGoesToTheNamedPerson() {
        Analysis a = TestPipelines.analyze("Au centre, un conseiller d’insertion l’a aidé. Rayan Kaddouri a 27 ans."
                + "\n\n« Là-bas, j’étais un gardien de dépôt », résume-t-il.", "fr");
        List<Quote> q = a.get(Layers.QUOTES);
        assertThat(q.get(0).attribution().speaker().name()).isEqualTo("Rayan Kaddouri");
    }

    @Test
    void aNumberThatIsNoAgeOrAnOrganisationMakesNoPerson() {
        assertThat(TestPipelines.analyze("Le Conseil Constitutionnel a 60 jours pour statuer.", "fr").get(Layers.PERSONS))
                .isEmpty();
        assertThat(TestPipelines.analyze("Amnesty International a 60 ans cette année.", "fr").get(Layers.PERSONS))
                .isEmpty();
    }
}
