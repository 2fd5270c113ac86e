package org.retour.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Entity;
import org.retour.model.Mention;
import org.retour.pipeline.Layers;
import org.retour.quote.TestPipelines;

/**
 * German names in the genitive before a noun of a person ("Birte Hansens Tochter") and names before an article
 * ("Merle der Mutter"): the name ends before the noun or the article, and its genitive s is no part of it.
 */
class GermanGenitiveNameTest {

    private static List<Entity> persons(String text) {
        return TestPipelines.analyze(text, "de").get(Layers.PERSONS);
    }

    private static Entity person(List<Entity> persons, String canonical) {
        return persons.stream().filter(e -> e.canonical().equals(canonical)).findFirst().orElseThrow();
    }

    @Test
    void aNameInTheGenitiveEndsBeforeTheNounItDetermines() {
        String text = "Eine dieser Frauen ist Merle, Birte Hansens Tochter. Birte Hansen lädt jeden Abend ihr Telefon.";
        List<Entity> found = persons(text);
        assertThat(found).extracting(Entity::canonical).contains("Merle", "Birte Hansen")
                .noneMatch(n -> n.contains("Tochter") || n.endsWith("Hansens"));
        Mention genitive = person(found, "Birte Hansen").mentions().get(0);
        assertThat(genitive.span().start()).isEqualTo(text.indexOf("Birte Hansens"));
        assertThat(genitive.span().end()).isEqualTo(text.indexOf("Hansens") + "Hansen".length());
        assertThat(person(found, "Merle").role()).isEqualTo("Birte Hansens Tochter");
    }

    @Test
    void aGivenNameEndingInSIsNoGenitive() {
        assertThat(persons("Der Anwalt Thomas Weber sagte, Jonas Krause habe sich gestellt.")).extracting(Entity::canonical)
                .contains("Thomas Weber", "Jonas Krause");
    }

    @Test
    void aNameBeforeAnArticleEndsThere() {
        assertThat(persons("Über die Jahre in Rakka hat Merle der Mutter nach und nach erzählt.")).extracting(Entity::canonical)
                .containsExactly("Merle");
    }
}
