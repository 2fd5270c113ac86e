package org.retour.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Entity;
import org.retour.pipeline.Layers;
import org.retour.quote.TestPipelines;

/** A naming phrase gives a name even when the given name is in no lexicon. */
class NamingPhraseGivenNameTest {

    private static List<String> persons(String text) {
        return TestPipelines.analyze(text, "en").get(Layers.PERSONS).stream().map(Entity::canonical).toList();
    }

    @Test
    void anUnlistedGivenNameAfterANamingPhraseIsAPerson() {
        assertThat(persons("The woman, who asked to be identified only by her first name, Arbena, left in 2014."
                + " \"I found a prison,\" she said.")).contains("Arbena");
    }

    @Test
    void aSentenceAfterTheNamingPhraseGivesNoName() {
        assertThat(persons("Nur keeps a folder. She asked to be identified only by her first name.\n\n"
                + "She went to Syria in 2015. \"He said there was free everything,\" Nur said.")).doesNotContain("She");
    }

    @Test
    void twoUnlistedWordsAfterANamingPhraseAreAPerson() {
        List<String> found = TestPipelines.analyze("Le chef du camp, un officier qui se présente sous le nom de Dersim Welat, "
                + "nous reçoit. « Nous ne pouvons pas les garder », dit-il.", "fr").get(Layers.PERSONS).stream()
                .map(Entity::canonical).toList();
        assertThat(found).contains("Dersim Welat");
    }

    @Test
    void aLetterThatStandsForANameIsNoName() {
        assertThat(persons("A former fighter, who was identified only as Witness C, said he was paid less."))
                .doesNotContain("Witness C");
    }
}
