package org.retour.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Entity;
import org.retour.pipeline.Layers;
import org.retour.quote.TestPipelines;

/** A later mention that drops the last part of a full name ("Abu Bakr al-Turki" … "Abu Bakr said") names the same person. */
class LeadingWordsNameTest {

    private static List<Entity> persons(String text, String lang) {
        return TestPipelines.analyze(text, lang).get(Layers.PERSONS);
    }

    @Test
    void aKunyaWithoutItsNisbaNamesThePersonNamedInFull() {
        List<Entity> p = persons("Abu Bakr al-Turki, a 35-year-old from Izmir, says he had wanted to leave since 2016.\n\n"
                + "Abu Bakr said the emirs had grown rich.", "en");
        assertThat(p).extracting(Entity::canonical).containsExactly("Abu Bakr al-Turki");
    }

    @Test
    void leadingWordsTwoFullNamesShareNameNeitherOfThem() {
        List<Entity> p = persons("Abu Bakr al-Turki and Abu Bakr al-Masri left Raqqa in 2017.\n\n"
                + "Abu Bakr said the emirs had grown rich.", "en");
        assertThat(p).extracting(Entity::canonical).containsExactly("Abu Bakr al-Turki", "Abu Bakr al-Masri", "Abu Bakr");
    }
}
