package org.retour.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Entity;
import org.retour.pipeline.Layers;
import org.retour.quote.TestPipelines;

/** The group a report writes in brackets after a person's name is that person's side, not another person. */
class BracketedAffiliationTest {

    private static List<Entity> persons(String text, String lang) {
        return TestPipelines.analyze(text, lang).get(Layers.PERSONS);
    }

    @Test
    void aLocalListInBracketsAfterANameIsNoPerson() {
        List<Entity> p = persons("Dans les rangs de la gauche, Sandrine Morel (Rillieux Solidaire) a soutenu la"
                + " délibération. « Nous voterons pour », a-t-elle dit.", "fr");
        assertThat(p).extracting(Entity::canonical).contains("Sandrine Morel").doesNotContain("Rillieux Solidaire");
    }

    @Test
    void aFullNameInBracketsAfterAWarNameIsStillAPerson() {
        List<Entity> p = persons("Le recruteur Abou Moussa (Farid Assoumani) a été interpellé à Lyon.", "fr");
        assertThat(p).extracting(Entity::canonical).contains("Farid Assoumani");
    }

    @Test
    void bracketsAfterSomethingOtherThanANameKeepTheirPerson() {
        List<Entity> p = persons("Le témoignage le plus long (Karim Benali) a duré deux heures.", "fr");
        assertThat(p).extracting(Entity::canonical).contains("Karim Benali");
    }
}
