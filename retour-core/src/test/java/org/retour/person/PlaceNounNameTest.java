package org.retour.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Entity;
import org.retour.pipeline.Layers;
import org.retour.quote.TestPipelines;

/** A capitalised run that ends with a place noun ("Addu City", « Koweït City ») names a place, not a person. */
class PlaceNounNameTest {

    private static List<String> persons(String text, String lang) {
        return TestPipelines.analyze(text, lang).get(Layers.PERSONS).stream().map(Entity::canonical).toList();
    }

    @Test
    void aRunEndingInAPlaceNounIsNoPersonThoughAVerbOfSpeechFollowsIt() {
        assertThat(persons("A friend from Addu City, he said, was told one evening that his turn had come. "
                + "Karim Haddad never saw him again.", "en")).containsExactly("Karim Haddad");
    }

    @Test
    void aFrenchRunEndingInAPlaceNounIsNoPerson() {
        assertThat(persons("Un ami de Addu City, dit-il, est parti un soir. Karim Haddad ne l'a jamais revu.", "fr"))
                .containsExactly("Karim Haddad");
    }

    @Test
    void aNameThatOnlyOpensWithThePlaceNounsLettersIsStillAPerson() {
        assertThat(persons("\"They took our phones,\" said Amina Citybay, a nurse from Addu City.", "en"))
                .containsExactly("Amina Citybay");
    }
}
