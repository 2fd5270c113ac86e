package org.retour.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Entity;
import org.retour.pipeline.Layers;
import org.retour.quote.TestPipelines;

/**
 * A person named in full after a title, with a given name the lexicon lacks ("Brigadier General Hamli
 * Suryadi"), is the same person when a later sentence names them by that first word ("Hamli said"); a
 * title of five words keeps the surname after the given name it ends on.
 */
class TitledUnknownGivenNameTest {

    private static List<Entity> persons(String text, String lang) {
        return TestPipelines.analyze(text, lang).get(Layers.PERSONS);
    }

    @Test
    void theFirstWordOfATitledNameLaterNamesTheSamePerson() {
        List<Entity> p = persons("The agency's deputy head, Brigadier General Hamli Suryadi, told reporters that deportees"
                + " stay a month in a shelter. \"A month is not enough,\" Hamli said.", "en");
        assertThat(p).extracting(Entity::canonical).containsExactly("Hamli Suryadi");
        assertThat(p.get(0).mentions()).hasSize(2);
    }

    @Test
    void aFirstWordTwoTitledNamesShareStaysAPersonOfItsOwn() {
        List<Entity> p = persons("Brigadier General Hamli Suryadi and Colonel Hamli Rusdi met the returnees."
                + " \"A month is not enough,\" Hamli said.", "en");
        assertThat(p).extracting(Entity::canonical).containsExactly("Hamli Suryadi", "Hamli Rusdi", "Hamli");
    }

    @Test
    void aLongTitleThatEndsOnAGivenNameKeepsTheSurnameAfterIt() {
        List<Entity> p = persons("Australian Federal Police Assistant Commissioner Karen Walsh said returnees were"
                + " assessed one by one.", "en");
        assertThat(p).extracting(Entity::canonical).containsExactly("Karen Walsh");
    }
}
