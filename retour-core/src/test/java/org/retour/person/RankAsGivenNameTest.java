package org.retour.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Entity;
import org.retour.pipeline.Layers;
import org.retour.quote.TestPipelines;

/** A word that is both a rank and a given name (Emir): a given name before a surname, a rank alone or before a full name. */
class RankAsGivenNameTest {

    private static List<Entity> persons(String text, String lang) {
        return TestPipelines.analyze(text, lang).get(Layers.PERSONS);
    }

    @Test
    void aRankThatIsAGivenNameBeforeASurnameIsThePerson() {
        List<Entity> p = persons("Emir Delic, a 38-year-old mechanic from Tuzla, came home in 2017.", "en");
        assertThat(p).extracting(Entity::canonical).containsExactly("Emir Delic");
    }

    @Test
    void theRankAloneIsNoPerson() {
        List<Entity> p = persons("Sein Emir habe ihn in die Wüste geschickt, sagte Jonas K. dem Gericht.", "de");
        assertThat(p).extracting(Entity::canonical).containsExactly("Jonas K.");
    }

    @Test
    void theRankBeforeAFullNameIsNotPartOfTheName() {
        List<Entity> p = persons("Emir Abu Hamza al-Tunisi ordered the unit to stay.", "en");
        assertThat(p).extracting(Entity::canonical).containsExactly("Abu Hamza al-Tunisi");
    }
}
