package org.retour.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Entity;
import org.retour.pipeline.Layers;
import org.retour.quote.TestPipelines;

/** A capitalised stressed pronoun before a verb of speech (« Lui assure », « Vous dit-elle ») is no one's name. */
class StressedPronounTest {

    @Test
    void luiBeforeASpeechVerbIsNoPerson() {
        List<Entity> p = TestPipelines.analyze("Yanis Merad se lève ensuite. Lui assure n'avoir « jamais porté une arme ».",
                "fr").get(Layers.PERSONS);
        assertThat(p).extracting(Entity::canonical).containsExactly("Yanis Merad");
    }

    @Test
    void vousBeforeAnInvertedSpeechVerbIsNoPerson() {
        List<Entity> p = TestPipelines.analyze("Nadia Selmi a vu la détenue. Vous dit-elle pourquoi elle est partie ?",
                "fr").get(Layers.PERSONS);
        assertThat(p).extracting(Entity::canonical).containsExactly("Nadia Selmi");
    }

    @Test
    void emphaticPronounWithMêmeIsNoPerson() {
        List<Entity> p = TestPipelines.analyze("Yanis Merad se tait. Lui-même assure n'avoir « jamais porté une arme ». "
                + "Léa Morin l'écoute. Elle-même affirme « ne rien regretter ». Eux-mêmes disent « attendre le procès ».",
                "fr").get(Layers.PERSONS);
        assertThat(p).extracting(Entity::canonical).containsExactly("Yanis Merad", "Léa Morin");
    }
}
