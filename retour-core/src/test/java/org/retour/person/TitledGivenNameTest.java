package org.retour.person;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.retour.pipeline.Analysis;
import org.retour.pipeline.Layers;
import org.retour.quote.TestPipelines;

/**
 * A title and a given name alone ("said Mr Rosli", « a dit M. Rosli », "Ustaz Hafiz") stand for the person whose full
 * name the text wrote after the same title, given name first, though another person bears the word as a surname.
 */
class TitledGivenNameTest {

    private static String speaker(Analysis doc, int k) {
        return doc.get(Layers.QUOTES).get(k).attribution().speaker().name();
    }

    @Test
    void aTitleAndAGivenNameAreThePersonWrittenInFullAfterTheSameTitle() {
        Analysis doc = TestPipelines.analyze("Muhammad Irfan Rosli was released in June.\n\n"
                + "His father, Mr Rosli Hamid, 58, a taxi driver, was at home.\n\n"
                + "\"We visited him every week,\" said Mr Rosli.", "en");
        assertThat(speaker(doc, 0)).isEqualTo("Rosli Hamid");
    }

    @Test
    void aFrenchTitleAndAGivenNameAreThePersonWrittenInFullAfterTheSameTitle() {
        Analysis doc = TestPipelines.analyze("Muhammad Irfan Rosli a été libéré en juin.\n\n"
                + "Son père, M. Rosli Hamid, 58 ans, chauffeur de taxi, était chez lui.\n\n"
                + "« Nous allions le voir chaque semaine », a dit M. Rosli.", "fr");
        assertThat(speaker(doc, 0)).isEqualTo("Rosli Hamid");
    }

    @Test
    void aReligiousTeachersTitleIsATitleBeforeHisGivenName() {
        Analysis doc = TestPipelines.analyze("One of his counsellors, Ustaz Hafiz Jamaluddin, met him in prison.\n\n"
                + "\"He watched them again and again,\" said Ustaz Hafiz.", "en");
        assertThat(doc.get(Layers.PERSONS)).extracting(org.retour.model.Entity::canonical)
                .containsExactly("Hafiz Jamaluddin");
        assertThat(speaker(doc, 0)).isEqualTo("Hafiz Jamaluddin");
    }

    @Test
    void aTitleBeforeAWordStaysASurnameWhenNoFullNameFollowedThatTitle() {
        Analysis doc = TestPipelines.analyze("Omar Rosli was released in June.\n\n"
                + "His father, Rosli Hamid, 58, a taxi driver, was at home.\n\n"
                + "\"I am glad to be home,\" said Mr Rosli.", "en");
        assertThat(speaker(doc, 0)).isEqualTo("Omar Rosli");
    }
}
