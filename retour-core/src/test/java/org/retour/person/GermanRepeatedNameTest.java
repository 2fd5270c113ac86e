package org.retour.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Entity;
import org.retour.pipeline.Layers;
import org.retour.quote.TestPipelines;

/**
 * In German, which capitalises its nouns, a full name the text writes twice is a person's even when no lexicon lists
 * its given name, but two nouns after a preposition are no name however often one of them recurs.
 */
class GermanRepeatedNameTest {

    private static List<String> persons(String text) {
        List<Entity> persons = TestPipelines.analyze(text, "de").get(Layers.PERSONS);
        return persons.stream().map(Entity::canonical).toList();
    }

    @Test
    void aFullNameWrittenTwiceIsAPerson() {
        assertThat(persons("Quirina Hanssenius lädt ihr Telefon jeden Abend auf. Die Nachrichten kommen selten.\n\n"
                + "Quirina Hanssenius spielt eine Nachricht vor.")).contains("Quirina Hanssenius");
    }

    @Test
    void nounsAfterAPrepositionAreNoName() {
        assertThat(persons("In den Nachrichten schreien im Hintergrund Kinder. Kinder, sagt sie, seien das Schlimmste. "
                + "Kinder, sagt der Arzt, brauchen Ruhe.")).doesNotContain("Hintergrund Kinder");
    }
}
