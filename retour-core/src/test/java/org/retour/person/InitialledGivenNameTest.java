package org.retour.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Entity;
import org.retour.model.Mention;
import org.retour.pipeline.Layers;
import org.retour.quote.TestPipelines;

/** The initial of a withheld given name before a name belongs to the name. */
class InitialledGivenNameTest {

    private static List<Entity> persons(String text) {
        return TestPipelines.analyze(text, "fr").get(Layers.PERSONS);
    }

    @Test
    void anInitialBeforeAGivenNameStaysInTheName() {
        String text = "Arrêté à l'aéroport, K. Mourad a reconnu être parti en Syrie. Mourad était ému.";
        List<Entity> found = persons(text);
        assertThat(found).extracting(Entity::canonical).containsExactly("K. Mourad");
        Mention first = found.get(0).mentions().get(0);
        assertThat(first.span().start()).isEqualTo(text.indexOf("K. Mourad"));
        assertThat(first.span().end()).isEqualTo(text.indexOf("K. Mourad") + "K. Mourad".length());
        assertThat(found.get(0).mentions()).extracting(Mention::text).contains("Mourad");
    }

    @Test
    void anInitialBeforeAnUnlistedSurnameMakesAName() {
        assertThat(persons("Selon l'arrêt, B. Ferhani s'était présenté de lui-même à la police."))
                .extracting(Entity::canonical).containsExactly("B. Ferhani");
    }

    @Test
    void theHonorificMIsNoInitial() {
        assertThat(persons("M. Durand a répondu aux questions du tribunal."))
                .extracting(Entity::canonical).containsExactly("Durand");
    }
}
