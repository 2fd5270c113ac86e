package org.retour.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Entity;
import org.retour.pipeline.Layers;
import org.retour.quote.TestPipelines;

/**
 * One unknown capitalised word between commas right after a noun of a person, or after an ordinal that opens the
 * sentence with its article (« Le quatrième, Assalek, »), is that person's name.
 */
class ApposedSingleNameTest {

    private static List<Entity> persons(String text, String lang) {
        return TestPipelines.analyze(text, lang).get(Layers.PERSONS);
    }

    @Test
    void anUnknownGivenNameBetweenCommasAfterAKinNounIsAPersonWithThatRole() {
        List<Entity> p = persons("His sister, Zulekha, said the family had heard nothing since 2017.", "en");
        assertThat(p).extracting(Entity::canonical, Entity::role)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Zulekha", "sister"));
    }

    @Test
    void aNounWithItsAdjectiveBeforeTheCommaCountsToo() {
        List<Entity> p = persons("Sa sœur cadette, Ouarda, assise à côté d'elle, l'écoute sans l'interrompre.", "fr");
        assertThat(p).extracting(Entity::canonical).containsExactly("Ouarda");
    }

    @Test
    void anUnknownWordBetweenCommasAfterAVerbIsNoPerson() {
        List<Entity> p = persons("Ils ont marché toute la nuit, Tessalit, puis Kidal, sans rien manger.", "fr");
        assertThat(p).isEmpty();
    }

    @Test
    void anUnknownWordAfterAPersonsNounWithoutTheClosingCommaIsNoPerson() {
        List<Entity> p = persons("Her brother, Tessalit is far away now.", "en");
        assertThat(p).isEmpty();
    }

    @Test
    void anUnknownNameBetweenCommasAfterAnOrdinalOpeningTheSentenceIsAPerson() {
        assertThat(persons("Quatre anciens combattants ont accepté de parler. Le quatrième, Assalek, tient à préciser une"
                + " chose.", "fr")).extracting(Entity::canonical).containsExactly("Assalek");
        assertThat(persons("Three men agreed to speak. The third, Qorane, stayed silent.", "en"))
                .extracting(Entity::canonical).containsExactly("Qorane");
    }

    @Test
    void anOrdinalInsideASentenceMakesNoName() {
        assertThat(persons("Il a fini troisième, Anderamboukane, devant les autres.", "fr")).isEmpty();
    }
}
