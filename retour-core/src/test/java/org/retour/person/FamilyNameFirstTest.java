package org.retour.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Entity;
import org.retour.model.Mention;
import org.retour.pipeline.Layers;
import org.retour.quote.TestPipelines;

/** A family name written before a given name of two words after a role ("Minister Tan Mei Ling") is part of the name. */
class FamilyNameFirstTest {

    private static List<Entity> persons(String text, String lang) {
        return TestPipelines.analyze(text, lang).get(Layers.PERSONS);
    }

    @Test
    void theFamilyNameBeforeTheGivenNameOpensTheNameAndIsTheSurnameLater() {
        List<Entity> p = persons("Law Minister Tan Wei Ming spoke on Monday. \"We will not relent,\" said Mr Tan.", "en");
        assertThat(p).extracting(Entity::canonical).containsExactly("Tan Wei Ming");
        assertThat(p.get(0).mentions()).extracting(Mention::text).contains("Tan Wei Ming", "Tan");
    }

    @Test
    void anHonorificBeforeTheGivenNameIsNoFamilyName() {
        List<Entity> p = persons("Der Soziologe Dr. Karim Ben Youssef hält das für übertrieben.", "de");
        assertThat(p).extracting(Entity::canonical).containsExactly("Karim Ben Youssef");
    }
}
