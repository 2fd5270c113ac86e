package org.retour.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Entity;
import org.retour.model.Quote;
import org.retour.pipeline.Analysis;
import org.retour.pipeline.Layers;
import org.retour.quote.TestPipelines;

/**
 * An age in brackets after a capitalised run ("Aoife Carrigan (41), of Drogheda") makes it a person's name, as
 * an age between commas does, even when the lexicon lacks the given name.
 */
class BracketedAgeNameTest {

    @Test
    void aRunBeforeAnAgeInBracketsIsAPerson() {
        List<Entity> p = TestPipelines.analyze("Aoife Carrigan (41), of Drogheda, denies the charge.", "en")
                .get(Layers.PERSONS);
        assertThat(p).extracting(Entity::canonical).containsExactly("Aoife Carrigan");
    }

    @Test
    void theDescriptionOfTheAccusedThenStandsForHer() {
        Analysis a = TestPipelines.analyze("Aoife Carrigan (41), of Drogheda, denies the charge.\n\nGiving evidence on"
                + " Monday, the woman said she had been lied to. \"I wanted to go home,\" she told the court.", "en");
        List<Quote> q = a.get(Layers.QUOTES);
        assertThat(q.get(0).attribution().speaker().name()).isEqualTo("Aoife Carrigan");
    }

    @Test
    void aFigureInBracketsAfterAnOrganisationMakesNoPerson() {
        List<Entity> p = TestPipelines.analyze("Last year Europol (2023) counted the returns.", "en").get(Layers.PERSONS);
        assertThat(p).isEmpty();
    }
}
