package org.retour.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Entity;
import org.retour.pipeline.Layers;
import org.retour.quote.TestPipelines;

/**
 * German names among capitalised nouns: a name shortened to its surname's initial ends there, and a phrase fronted
 * before the verb of speech ("Im Lager sagt …") is no name.
 */
class GermanInitialNameEndTest {

    private static List<String> names(String text, String lang) {
        List<Entity> persons = TestPipelines.analyze(text, lang).get(Layers.PERSONS);
        return persons.stream().map(Entity::canonical).toList();
    }

    @Test
    void aGermanNameEndsAtItsInitial() {
        assertThat(names("Die Bundesanwaltschaft wirft Lena W. Mitgliedschaft in einer terroristischen Vereinigung vor.", "de"))
                .contains("Lena W.").noneMatch(n -> n.contains("Mitgliedschaft"));
    }

    @Test
    void anEnglishMiddleInitialStillJoinsTheSurname() {
        assertThat(names("John F. Kennedy spoke in Berlin.", "en")).contains("John F. Kennedy");
    }

    @Test
    void aPhraseFrontedBeforeTheVerbOfSpeechIsNoName() {
        assertThat(names("Im Lager sagt Leonora M.: „Ich will nach Hause.“", "de")).containsExactly("Leonora M.");
        assertThat(names("Leonora M. sagt: „Ich will nach Hause.“", "de")).containsExactly("Leonora M.");
    }
}
