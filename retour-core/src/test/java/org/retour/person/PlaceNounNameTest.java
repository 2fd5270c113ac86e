package org.retour.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Entity;
import org.retour.pipeline.Layers;
import org.retour.quote.TestPipelines;

/**
 * A capitalised run that ends with a place noun ("Addu City", « Koweït City ») or opens with a place opener ("Jabal Mohsen",
 * "Bab el-Tebbaneh") names a place, not a person.
 */
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
    void aStreetOrASquareNamedAfterSomeoneIsNoPerson() {
        assertThat(persons("He was beheaded in Naim Square. His mother lived on William Street. Karim Haddad saw it.", "en"))
                .containsExactly("Karim Haddad");
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

    @Test
    void aRunOpeningWithAnArabicPlaceWordIsNoPersonThoughAGivenNameFollows() {
        assertThat(persons("Khaled est parti en 2014, après les affrontements entre Bab el-Tebbaneh et Jabal Mohsen. "
                + "Il dit avoir voulu défendre les sunnites.", "fr")).containsExactly("Khaled");
        assertThat(persons("Omar Haddad grew up in Deir Hafer and crossed at Kafr Nabl, he said.", "en"))
                .containsExactly("Omar Haddad");
    }

    @Test
    void aPlaceWordInsideAPersonsNameOpensNothing() {
        assertThat(persons("Ahmed Bab said he left in 2016.", "en")).containsExactly("Ahmed Bab");
    }

    @Test
    void aGivenNameBetweenAnArticleAndAPersonsNounIsATown() {
        assertThat(persons("A Logan mother who spent eight years in Syria says she has no excuses.", "en")).isEmpty();
        assertThat(persons("Logan Smith, a mother of two, said she left in 2014.", "en")).containsExactly("Logan Smith");
    }
}
