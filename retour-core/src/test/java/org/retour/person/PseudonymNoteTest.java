package org.retour.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Entity;
import org.retour.pipeline.Layers;
import org.retour.quote.TestPipelines;

/** A pseudonym's note right after an unknown capitalised word, or the writer giving the pseudonym, names a person. */
class PseudonymNoteTest {

    private static List<Entity> persons(String text, String lang) {
        return TestPipelines.analyze(text, lang).get(Layers.PERSONS);
    }

    @Test
    void aNoteInBracketsAfterTheWordMakesItAPersonsName() {
        assertThat(persons("Ce matin, Zoubira (le prénom a été changé) pousse la porte du centre.", "fr"))
                .extracting(Entity::canonical).containsExactly("Zoubira");
        assertThat(persons("Zulekha (not her real name) travelled to Syria in 2015.", "en"))
                .extracting(Entity::canonical).containsExactly("Zulekha");
        assertThat(persons("Damla (Name geändert) reiste 2015 nach Syrien.", "de"))
                .extracting(Entity::canonical).containsExactly("Damla");
    }

    @Test
    void aNoteBetweenDashesCountsToo() {
        assertThat(persons("Zoubira – le prénom a été modifié – a 29 ans.", "fr"))
                .extracting(Entity::canonical).containsExactly("Zoubira");
    }

    @Test
    void aNoteSayingThePersonChoseTheNameCountsInFrenchAndEnglish() {
        assertThat(persons("Zoubira – c’est le prénom qu’elle a choisi pour cet article – a 31 ans.", "fr"))
                .extracting(Entity::canonical).containsExactly("Zoubira");
        assertThat(persons("Zulekha, a name she chose for this article, was 22 when she left.", "en"))
                .extracting(Entity::canonical).containsExactly("Zulekha");
    }

    @Test
    void aNoteWithoutABracketDashOrCommaBeforeItNamesNoOne() {
        assertThat(persons("They left in 2016. Their names have been changed at their request.", "en")).isEmpty();
    }

    @Test
    void theWriterGivingAPseudonymNamesThePerson() {
        assertThat(persons("She asked that her name not be used. Here, we call her Zulekha. She left in 2015.", "en"))
                .extracting(Entity::canonical).containsExactly("Zulekha");
        assertThat(persons("Sa voix ne doit pas être reconnue. Nous l'appellerons Zoubir. Il a passé un an en Syrie.", "fr"))
                .extracting(Entity::canonical).containsExactly("Zoubir");
    }

    @Test
    void aWriterInTheFirstPersonSingularGivingAPseudonymNamesThePersonToo() {
        assertThat(persons("The mechanic, whom I will call Zubair, had not been shocked by executions.", "en"))
                .extracting(Entity::canonical).containsExactly("Zubair");
        assertThat(persons("Le mécanicien, que j'appellerai Zoubir, n'avait pas été choqué par les exécutions.", "fr"))
                .extracting(Entity::canonical).containsExactly("Zoubir");
        assertThat(persons("Der Mechaniker, nennen wir ihn Zoran, war nicht schockiert.", "de"))
                .extracting(Entity::canonical).containsExactly("Zoran");
    }
}
