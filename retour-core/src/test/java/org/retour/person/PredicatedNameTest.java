package org.retour.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Entity;
import org.retour.pipeline.Layers;
import org.retour.quote.TestPipelines;

/** A run of capitalised words that a copula says is one of a kind of person is a name. */
class PredicatedNameTest {

    private static List<String> persons(String text, String lang) {
        List<Entity> persons = TestPipelines.analyze(text, lang).get(Layers.PERSONS);
        return persons.stream().map(Entity::canonical).toList();
    }

    @Test
    void anUnknownFullNameThatIsOneOfSomePeopleIsAPerson() {
        assertThat(persons("Au centre du cercle, un homme corrige la lecture. Zorvan Ouazzani est l'un des imams qui "
                + "interviennent dans le programme.", "fr")).contains("Zorvan Ouazzani");
        assertThat(persons("On the second floor, Kestrel Baig is a former bus driver who spent two years in Raqqa.", "en"))
                .contains("Kestrel Baig");
        assertThat(persons("Im Hinterhof sitzt ein Mann. Quillon Maertens ist ein ehemaliger Kämpfer aus Dinslaken.", "de"))
                .contains("Quillon Maertens");
    }

    @Test
    void aComplementThatNamesNoPersonMakesNoName() {
        assertThat(persons("Au centre du cercle, un homme corrige la lecture. Zorvan Ouazzani est l'un des quartiers "
                + "les plus pauvres de la ville.", "fr")).doesNotContain("Zorvan Ouazzani");
        assertThat(persons("On the second floor, Kestrel Baig is a former bus depot turned into a mosque.", "en"))
                .doesNotContain("Kestrel Baig");
    }

    @Test
    void aSingleWordOpeningASentenceNeedsMoreThanAPredicate() {
        assertThat(persons("Tarquenio est un ancien combattant, disent les voisins.", "fr")).doesNotContain("Tarquenio");
        assertThat(persons("Les voisins disent que Tarquenio est un ancien combattant.", "fr")).contains("Tarquenio");
    }
}
