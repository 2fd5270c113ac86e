package org.retour.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.entity.Articles.organisationCanonicals;

import org.junit.jupiter.api.Test;

/**
 * Research bodies, public media and platforms the press names are organisations of the alias table; a newspaper named
 * by its town and a word of the press ("Brisbane Times", "Jakarta Post", "The West Australian") is one too.
 */
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

    @Test
    void aNewspaperNamedByItsTownIsAnOrganisationNotAPerson() {
        assertThat(organisationCanonicals("Voice messages shared with Brisbane Times describe the camp.", "en"))
                .containsExactly("Brisbane Times");
        assertThat(org.retour.quote.TestPipelines.analyze("In messages shared with Brisbane Times, the woman, now 27,"
                + " describes the camp.", "en").get(org.retour.pipeline.Layers.PERSONS)).isEmpty();
    }

    @Test
    void theWestAustralianAndTheTorontoStarAreNewspapersNotPersons() {
        assertThat(org.retour.quote.TestPipelines.analyze("In the message, which the family played to The West"
                + " Australian, he says he tried to leave. He also wrote to the Toronto Star.", "en")
                .get(org.retour.pipeline.Layers.PERSONS)).isEmpty();
    }
}
