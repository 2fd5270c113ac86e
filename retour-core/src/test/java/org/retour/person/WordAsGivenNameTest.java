package org.retour.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Entity;
import org.retour.pipeline.Layers;
import org.retour.quote.TestPipelines;

/** A given name that English also uses as a noun for a person (Christian) names a person only before a surname. */
class WordAsGivenNameTest {

    private static List<Entity> persons(String text, String lang) {
        return TestPipelines.analyze(text, lang).get(Layers.PERSONS);
    }

    @Test
    void germanGivenNameAfterARoleIsThePerson() {
        List<Entity> p = persons("Oberstaatsanwalt Christian Moser beantragte fünf Jahre Haft.", "de");
        assertThat(p).extracting(Entity::canonical).containsExactly("Christian Moser");
    }

    @Test
    void englishNounBeforeALowerCaseWordIsNoPerson() {
        List<Entity> p = persons("The fighters took the shops of Christian traders in the old town.", "en");
        assertThat(p).isEmpty();
    }
}
