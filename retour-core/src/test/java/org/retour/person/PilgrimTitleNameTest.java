package org.retour.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Entity;
import org.retour.pipeline.Analysis;
import org.retour.pipeline.Layers;
import org.retour.quote.TestPipelines;

/**
 * Pilgrims' titles before a name, as Nigerian papers write them (Alhaji, Hajiya, Hajja): honorifics that open a
 * person's name and give its gender; a Kerala given name before initials makes the initials part of the name.
 */
class PilgrimTitleNameTest {

    private static Analysis analyze(String text) {
        return TestPipelines.analyze(text, "en");
    }

    private static List<String> persons(String text) {
        return analyze(text).get(Layers.PERSONS).stream().map(Entity::canonical).toList();
    }

    @Test
    void aPilgrimsTitleOpensAWomansName() {
        assertThat(persons("A counsellor at the camp, Hajiya Zainab Tijani, said the centre holds 400 people."))
                .containsExactly("Zainab Tijani");
    }

    @Test
    void aPilgrimsTitleOpensAMansName() {
        assertThat(persons("The ward head, Alhaji Musa Kolo, said the village would not take them back."))
                .containsExactly("Musa Kolo");
    }

    @Test
    void theTitleAloneIsNoName() {
        assertThat(persons("He said he had been to Mecca and was now called Alhaji by his neighbours.")).isEmpty();
    }

    @Test
    void initialsAfterAKeralaGivenNameBelongToTheName() {
        assertThat(persons("The second man, Shaheer M.K., 31, of Kannur, has not spoken publicly."))
                .containsExactly("Shaheer M.K.");
    }
}
