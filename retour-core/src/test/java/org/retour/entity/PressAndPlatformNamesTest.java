package org.retour.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Entity;
import org.retour.pipeline.Layers;

/** Research bodies, public media and platforms the press names are organisations of the alias table. */
class PressAndPlatformNamesTest {

    private static List<String> canonicals(String text, String lang) {
        List<Entity> orgs = Articles.analyze(text, lang, LocalDate.of(2021, 5, 1)).get(Layers.ORGANIZATIONS);
        return orgs.stream().map(Entity::canonical).toList();
    }

    @Test
    void aResearcherOfTheCnrsSpeaksToFranceInter() {
        assertThat(canonicals("Chercheur au CNRS, il l'a expliqué à France Inter.", "fr"))
                .containsExactlyInAnyOrder("Centre national de la recherche scientifique", "France Inter");
    }

    @Test
    void messagingPlatformsAreOrganisations() {
        assertThat(canonicals("Il envoyait des messages sur WhatsApp et sur Telegram.", "fr"))
                .containsExactlyInAnyOrder("WhatsApp", "Telegram");
    }

    @Test
    void aCommonPhraseIsNoOutlet() {
        assertThat(canonicals("Tout le monde a lu la presse ce matin.", "fr")).isEmpty();
    }
}
