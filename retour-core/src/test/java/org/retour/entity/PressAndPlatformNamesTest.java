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
    void theWestAustralianIsANewspaperNotAPersonThoughAustralianRecurs() {
        assertThat(org.retour.quote.TestPipelines.analyze("Their son, Bilal Haidari, 29, is held in Hasakah.\n\nIn the"
                + " message, which the family played to The West Australian, the former student says he tried to leave"
                + " the group in 2017.\n\n“They put me in a cell under the ground,” he says in the recording.\n\n“Let"
                + " him stand in front of an Australian court,” his father said. Around 20 Australian women are believed"
                + " to be in al-Hol.", "en").get(org.retour.pipeline.Layers.PERSONS))
                .extracting(org.retour.model.Entity::canonical).containsExactly("Bilal Haidari");
    }
}
