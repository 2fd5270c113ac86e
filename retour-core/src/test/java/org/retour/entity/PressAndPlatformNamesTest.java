package org.retour.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.entity.Articles.organisationCanonicals;

import org.junit.jupiter.api.Test;

/** Research bodies, public media and platforms the press names are organisations of the alias table. */
class PressAndPlatformNamesTest {

    @Test
    void aResearcherOfTheCnrsSpeaksToFranceInter() {
        assertThat(organisationCanonicals("Chercheur au CNRS, il l'a expliqué à France Inter.", "fr"))
                .containsExactlyInAnyOrder("Centre national de la recherche scientifique", "France Inter");
    }

    @Test
    void messagingPlatformsAreOrganisations() {
        assertThat(organisationCanonicals("Il envoyait des messages sur WhatsApp et sur Telegram.", "fr"))
                .containsExactlyInAnyOrder("WhatsApp", "Telegram");
    }

    @Test
    void aCommonPhraseIsNoOutlet() {
        assertThat(organisationCanonicals("Tout le monde a lu la presse ce matin.", "fr")).isEmpty();
    }
}
