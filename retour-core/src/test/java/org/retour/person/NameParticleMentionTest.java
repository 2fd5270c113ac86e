package org.retour.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Entity;
import org.retour.pipeline.Layers;
import org.retour.quote.TestPipelines;

/**
 * Surnames that open with a particle: two particles before the surname ("Pieter van der Berg"), a later
 * mention that opens with the particle, capitalised at a sentence's start ("Van der Berg said") or with a
 * lower-case article ("el-Amrani told the court"), names the person named in full.
 */
class NameParticleMentionTest {

    private static List<Entity> persons(String text, String lang) {
        return TestPipelines.analyze(text, lang).get(Layers.PERSONS);
    }

    @Test
    void twoParticlesBeforeTheSurnameAndALaterCapitalisedParticleNameOnePerson() {
        List<Entity> p = persons("Pieter van der Berg, a Dutch researcher, has interviewed 40 returnees. \"Most of them were"
                + " never fighters,\" Van der Berg said.", "en");
        assertThat(p).extracting(Entity::canonical).containsExactly("Pieter van der Berg");
        assertThat(p.get(0).mentions()).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void aSurnameWithALowerCaseArticleNamesThePersonAgain() {
        List<Entity> p = persons("Yasmine el-Amrani, 31, returned to Brussels in 2021. \"I was naive,\" el-Amrani told the"
                + " court.", "en");
        assertThat(p).extracting(Entity::canonical).containsExactly("Yasmine el-Amrani");
        assertThat(p.get(0).mentions()).extracting(m -> m.text()).contains("el-Amrani");
    }

    @Test
    void aPlaceWithALowerCaseArticleNamesNoOneWhenNoPersonBearsIt() {
        List<Entity> p = persons("Women in al-Hol said the guards had left.", "en");
        assertThat(p).isEmpty();
    }

    @Test
    void germanVonDerAfterANameOpensAnAffiliationNotASurname() {
        List<Entity> p = persons("Jan Reimers von der Universität Hamburg sagte, die Zahlen seien gering.", "de");
        assertThat(p).extracting(Entity::canonical).containsExactly("Jan Reimers");
    }
}
