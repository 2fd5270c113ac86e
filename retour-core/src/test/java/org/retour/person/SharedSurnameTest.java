package org.retour.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Entity;
import org.retour.model.Mention;
import org.retour.pipeline.Layers;
import org.retour.quote.TestPipelines;

/** Two given names joined by a conjunction before one surname name two persons of that surname. */
class SharedSurnameTest {

    private static List<Entity> persons(String text, String lang) {
        return TestPipelines.analyze(text, lang).get(Layers.PERSONS);
    }

    private static Entity named(List<Entity> persons, String canonical) {
        return persons.stream().filter(e -> e.canonical().equals(canonical)).findFirst().orElseThrow();
    }

    @Test
    void frenchBrothersShareTheSurnameWrittenOnce() {
        List<Entity> p = persons("Walid et Mehdi Benamara, 34 et 29 ans, étaient assis dans le box. "
                + "Walid ne dit rien.", "fr");
        assertThat(p).extracting(Entity::canonical).contains("Walid Benamara", "Mehdi Benamara").doesNotContain("Walid");
        assertThat(named(p, "Walid Benamara").mentions()).extracting(Mention::text).containsExactly("Walid", "Walid");
    }

    @Test
    void englishAndGermanConjunctionsShareItToo() {
        assertThat(persons("Tariq and Sabir Rahman flew to Istanbul in 2014.", "en")).extracting(Entity::canonical)
                .contains("Tariq Rahman", "Sabir Rahman");
        assertThat(persons("Ali und Yusuf Demir reisten 2014 nach Syrien.", "de")).extracting(Entity::canonical)
                .contains("Ali Demir", "Yusuf Demir");
    }

    @Test
    void aSurnameBeforeTheConjunctionKeepsItsOwnPerson() {
        List<Entity> p = persons("Denis Roy et Lucie Gagnon attendent leur fille depuis cinq ans.", "fr");
        assertThat(p).extracting(Entity::canonical).contains("Denis Roy", "Lucie Gagnon");
    }

    @Test
    void aWordThatIsNoGivenNameSharesNothing() {
        List<Entity> p = persons("Between Washington and Omar Sulaiman there was no deal, said the envoy.", "en");
        assertThat(p).extracting(Entity::canonical).doesNotContain("Washington Sulaiman");
    }

    @Test
    void theFullNameWrittenLaterTakesTheGivenName() {
        List<Entity> p = persons("Walid et Mehdi Benamara sont rentrés en 2017. Walid Benamara a parlé le premier.", "fr");
        assertThat(p).extracting(Entity::canonical).containsOnlyOnce("Walid Benamara");
        assertThat(named(p, "Walid Benamara").mentions()).hasSize(2);
    }

    @Test
    void aBretonGivenNameJoinedToAFullNameSharesItsSurname() {
        assertThat(persons("C'est la première lettre de Maël. Le fils de Jean-Yves et Annick Le Goff, 31 ans, s'est "
                + "converti. Jean-Yves, 62 ans, se tait.", "fr")).extracting(Entity::canonical)
                .contains("Jean-Yves Le Goff", "Annick Le Goff").doesNotContain("Jean-Yves");
    }
}
