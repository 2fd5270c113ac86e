package org.retour.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Entity;
import org.retour.model.Mention;
import org.retour.model.Quote;
import org.retour.pipeline.Analysis;
import org.retour.pipeline.Layers;
import org.retour.quote.TestPipelines;

/** An honorific after a particle inside a run of capitalised words opens a name of its own. */
class HonorificInsideRunTest {

    @Test
    void aReplyNounBeforeAnHonorificLeavesTheSurnameToItsPersonAndTheQuoteToThem() {
        String text = "Le sous-directeur, Étienne Morvan, a parlé. Le rapporteur, Thomas Kervella, l’a interrogé. "
                + "« Avez-vous un chiffre ? » Réponse de M. Morvan : « Nous avons des chiffres. »";
        Analysis a = TestPipelines.analyze(text, "fr");
        List<Entity> persons = a.get(Layers.PERSONS);
        assertThat(persons).extracting(Entity::canonical).containsExactly("Étienne Morvan", "Thomas Kervella");
        Mention last = persons.get(0).mentions().get(persons.get(0).mentions().size() - 1);
        assertThat(text.substring(last.span().start(), last.span().end())).isEqualTo("Morvan");
        List<Quote> quotes = a.get(Layers.QUOTES);
        assertThat(quotes.get(quotes.size() - 1).attribution().speaker().name()).isEqualTo("Étienne Morvan");
    }

    @Test
    void aParticleInsideANameWithoutAnHonorificKeepsTheRunWhole() {
        assertThat(TestPipelines.analyze("Didier Le Bret a parlé. Marie de Villiers a répondu.", "fr")
                .get(Layers.PERSONS)).extracting(Entity::canonical).contains("Marie de Villiers");
    }
}
