package org.retour.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Entity;
import org.retour.pipeline.Analysis;
import org.retour.pipeline.Layers;
import org.retour.quote.TestPipelines;

/** Given names of many regions make persons with their gender; words that only look like names do not. */
class WorldGivenNameTest {

    private static final PersonLexicon LEXICON = PersonLexicon.bundled();

    private static List<String> persons(String text, String lang) {
        Analysis a = TestPipelines.analyze(text, lang);
        return a.get(Layers.PERSONS).stream().map(Entity::canonical).toList();
    }

    @Test
    void maghrebiGivenNamesInFrenchSpellingMakePersons() {
        assertThat(persons("Hichem Belkacemi et Nesrine Haddad ont quitté la Syrie en 2019.", "fr"))
                .contains("Hichem Belkacemi", "Nesrine Haddad");
        assertThat(LEXICON.firstName("Hichem")).isEqualTo(Gender.MALE);
        assertThat(LEXICON.firstName("Nesrine")).isEqualTo(Gender.FEMALE);
    }

    @Test
    void maldivianFilipinoAndWelshGivenNamesMakePersons() {
        assertThat(persons("Mariyam Shiuna, Potri Dimaporo and Eleri Pritchard spoke at the hearing.", "en"))
                .contains("Mariyam Shiuna", "Potri Dimaporo", "Eleri Pritchard");
        assertThat(LEXICON.firstName("Mariyam")).isEqualTo(Gender.FEMALE);
        assertThat(LEXICON.firstName("Potri")).isEqualTo(Gender.FEMALE);
        assertThat(LEXICON.firstName("Eleri")).isEqualTo(Gender.FEMALE);
    }

    @Test
    void caucasianAndBalkanGivenNamesCarryTheirGender() {
        assertThat(persons("Zelimkhan Dadayev and Valbona Krasniqi returned from the camp.", "en"))
                .contains("Zelimkhan Dadayev", "Valbona Krasniqi");
        assertThat(LEXICON.firstName("Zelimkhan")).isEqualTo(Gender.MALE);
        assertThat(LEXICON.firstName("Valbona")).isEqualTo(Gender.FEMALE);
    }

    @Test
    void wordsThatAreAlsoNamesAreNotGivenNames() {
        for (String word : List.of("Rose", "Jordan", "Said", "Jihad", "Sultan", "Milan", "Anders", "Nur", "Liban")) {
            assertThat(LEXICON.firstName(word)).as(word).isNull();
        }
    }

    @Test
    void aCountryOrAFlowerAtTheStartOfASentenceIsNoPerson() {
        assertThat(persons("Rose petals covered the graves. Jordan Valley farmers said the border stayed closed.", "en"))
                .isEmpty();
    }

    @Test
    void anEthiopianWomansFathersNameDoesNotStartHerName() {
        assertThat(persons("Ethiopian researcher Selamawit Kebede Tadesse studies returnees. In a statement, Ms Tadesse"
                + " said the camps were full.", "en")).containsExactly("Selamawit Kebede Tadesse");
        assertThat(LEXICON.firstName("Kebede")).isNull();
    }

    @Test
    void guineanGivenNamesMakeWholeNames() {
        assertThat(persons("Alpha Oumar Bah a recruté des jeunes à Conakry. Lansana Kouyaté l'a connu à Kindia.", "fr"))
                .contains("Alpha Oumar Bah", "Lansana Kouyaté");
        assertThat(LEXICON.firstName("Alpha")).isEqualTo(Gender.MALE);
    }
}
