package org.retour.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Entity;
import org.retour.model.Mention;
import org.retour.pipeline.Layers;
import org.retour.quote.TestPipelines;

/** Initials alone ("A.S.") name a person where the text sets them off like one or has them speak. */
class InitialNameTest {

    private static List<Entity> persons(String text, String lang) {
        return TestPipelines.analyze(text, lang).get(Layers.PERSONS);
    }

    @Test
    void initialsSetOffByAnApposedNounPhraseNameAPersonWithAllTheirMentions() {
        String text = "Sous un hangar de tôle, A.S., la trentaine, éleveur de l'Oudalan, égrène son chapelet. "
                + "Il a rejoint le groupe en 2019. Dans la cour, A.S. arrose des plants de tomates.";
        List<Entity> found = persons(text, "fr");
        assertThat(found).extracting(Entity::canonical).containsExactly("A.S.");
        assertThat(found.get(0).mentions()).extracting(Mention::text).containsExactly("A.S.", "Il", "A.S.");
        Mention first = found.get(0).mentions().get(0);
        assertThat(first.span().start()).isEqualTo(text.indexOf("A.S."));
        assertThat(first.span().end()).isEqualTo(text.indexOf("A.S.") + 4);
    }

    @Test
    void initialsBeforeAVerbOfSpeechNameAPerson() {
        assertThat(persons("Le village est calme. M.B. raconte les gardes de nuit à Raqqa.", "fr"))
                .extracting(Entity::canonical).containsExactly("M.B.");
    }

    @Test
    void initialsWithNoSignOfAPersonNameNoOne() {
        assertThat(persons("Le rapport cite les frappes de la coalition menée par les U.S. en 2017.", "fr")).isEmpty();
        assertThat(persons("Les dossiers A.S. et B.T. ont été joints par le juge.", "fr")).isEmpty();
    }

    @Test
    void initialsRightBeforeOrAfterACapitalisedWordBelongToThatName() {
        List<Entity> found = persons("The court heard that K.P. Moosa, 24, had returned. Moosa said he regretted it.", "en");
        assertThat(found).extracting(Entity::canonical).doesNotContain("K.P.");
        assertThat(persons("Defence counsel Shabna K.P. said her client had cooperated.", "en"))
                .extracting(Entity::canonical).doesNotContain("K.P.");
    }
}
