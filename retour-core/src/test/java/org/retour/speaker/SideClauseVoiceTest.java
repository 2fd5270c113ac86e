package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/**
 * A person's voice is not taken from a side clause beside their name that speaks of someone or something
 * else: a source's relative clause, a passive's agent, the sentence's own verb after an apposition.
 */
class SideClauseVoiceTest {

    @Test
    void aSourceWithARelativeClauseBeforeANameGivesTheNameNoRole() {
        List<Quote> q = top("Daniel Okafor, 31, flew back from Turkey in 2019.\n\n"
                + "According to a police officer who testified, Okafor handed over the names of his recruiters. "
                + "\"I saw them whip a man for smoking,\" Okafor said.", "en");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Daniel Okafor");
        assertThat(speaker(q.get(0)).voice().label()).isNotEqualTo("official");
    }

    @Test
    void aBodyThatOrganisedTheEventIsNotTheSpeakersPost() {
        List<Quote> q = top("Speaking at a seminar on prevention organised by the Interior Ministry, the 29-year-old, "
                + "identified only as Idris, said he had come back from Raqqa in 2017. "
                + "\"The emirs ate meat and we ate bread,\" he said.", "en");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Idris");
        assertThat(speaker(q.get(0)).voice().label()).isNotEqualTo("official");
    }

    @Test
    void theVerbAfterAnAppositionSpeaksOfOthers() {
        List<Quote> q = top("A Tunisian prisoner, who gave only his first name, Walid, said the group's security police "
                + "shot deserters at the bridge. \"They left them there for two days,\" he said.", "en");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Walid");
        assertThat(speaker(q.get(0)).voice().label()).isNotEqualTo("official");
    }

    @Test
    void aRelativeClauseThatCitesSomeoneElseGivesNoPost() {
        List<Quote> q = top("Rentré de Syrie en 2017, Karim Daoud a témoigné mardi. Selon Karim Daoud, qui cite un "
                + "conseiller pénitentiaire, le programme l'a « aidé à parler ».", "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Karim Daoud");
        assertThat(speaker(q.get(0)).voice().label()).isNotEqualTo("official");
        List<Quote> lead = top("\"Most of them come back broken,\" said Lina Farouk, who heads the prison's "
                + "rehabilitation unit.", "en");
        assertThat(speaker(lead.get(0)).voice().label()).isEqualTo("official");
    }

    @Test
    void aLongPostBeforeTheNameStillGivesTheVoice() {
        List<Quote> en = top("The head of the rehabilitation unit at the Interior Ministry, Dr Selim Haddad, spoke "
                + "to reporters. \"Most of them come back broken,\" Haddad said.", "en");
        assertThat(speaker(en.get(0)).voice().label()).isEqualTo("official");
        List<Quote> fr = top("Le directeur du centre, le commandant Issa Traoré, reconnaît que la confiance est longue. "
                + "« Il faut du temps », explique-t-il.", "fr");
        assertThat(speaker(fr.get(0)).voice().label()).isEqualTo("official");
        List<Quote> de = top("„Er hat sich erst abgesetzt, als alles verloren war“, sagte der Sprecher der Behörde, "
                + "Jan Obermann, am Rande der Verhandlung.", "de");
        assertThat(speaker(de.get(0)).voice().label()).isEqualTo("official");
    }
}
