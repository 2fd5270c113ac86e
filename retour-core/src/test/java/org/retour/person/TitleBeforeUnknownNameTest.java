package org.retour.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Entity;
import org.retour.pipeline.Layers;
import org.retour.quote.TestPipelines;

/** A role's head noun capitalised at a sentence's start titles the name after it, though the lexicon lacks the given name. */
class TitleBeforeUnknownNameTest {

    private static List<Entity> persons(String text, String lang) {
        return TestPipelines.analyze(text, lang).get(Layers.PERSONS);
    }

    @Test
    void aCapitalisedRoleBeforeAnUnknownGivenNameMakesThePersonAndItsRole() {
        List<Entity> p = persons("Researcher Amarnath Amarasingam said many were disillusioned.", "en");
        assertThat(p).extracting(Entity::canonical).containsExactly("Amarnath Amarasingam");
        assertThat(p.get(0).role()).isEqualTo("Researcher");
    }

    @Test
    void germanCapitalisedNounsBeforeAnArticleAreNoTitle() {
        List<Entity> p = persons("Sprecher der Deutschen Presse-Agentur bestätigten den Bericht.", "de");
        assertThat(p).extracting(Entity::canonical).doesNotContain("der Deutschen Presse-Agentur", "Deutschen Presse-Agentur");
    }
}
