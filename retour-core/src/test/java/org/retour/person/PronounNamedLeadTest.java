package org.retour.person;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.retour.model.Speaker;
import org.retour.pipeline.Layers;
import org.retour.quote.TestPipelines;

/**
 * A lead's unnamed person is the one a naming phrase names in the next paragraph when a subject pronoun opens it
 * ("He agreed to speak on condition that he be identified only as Shafeeq").
 */
class PronounNamedLeadTest {

    private static Speaker first(String text, String lang) {
        return TestPipelines.analyze(text, lang).get(Layers.QUOTES).get(0).attribution().speaker();
    }

    @Test
    void aPronounParagraphsNamingPhraseNamesTheLeadsPerson() {
        Speaker s = first("A 31-year-old man from Malé still starts awake when a motorbike backfires.\n\n"
                + "He is one of the Maldivians who returned from Syria. He agreed to speak on condition that he be "
                + "identified only as Shafeeq.\n\n\"We thought we had reached the land of the promise,\" he said.", "en");
        assertThat(s.name()).isEqualTo("Shafeeq");
    }

    @Test
    void aFrenchPronounParagraphsNamingPhraseNamesTheLeadsPerson() {
        Speaker s = first("Un homme de 31 ans, revenu de Syrie, sursaute encore au moindre bruit.\n\n"
                + "Il fait partie des Maldiviens rentrés au pays. Il a accepté de parler sous le pseudonyme de "
                + "Shafeeq.\n\n« Nous pensions avoir trouvé la terre promise », dit-il.", "fr");
        assertThat(s.name()).isEqualTo("Shafeeq");
    }

    @Test
    void aNamingPhraseAfterAnotherDescriptionNamesThatOne() {
        Speaker s = first("A 31-year-old man from Malé still starts awake when a motorbike backfires.\n\n"
                + "He met a friend in Hajin, identified only as Shafeeq.\n\n"
                + "\"We thought we had reached the land of the promise,\" he said.", "en");
        assertThat(s.name()).isNotEqualTo("Shafeeq");
    }

    @Test
    void aDefiniteDescriptionOpeningTheNextParagraphWithANamingPhraseNamesTheLeadsPerson() {
        Speaker s = first("A Logan mother who spent eight years with Islamic State says she has “no excuses” for taking her"
                + " children into a war zone.\n\nThe 31-year-old woman, whom The Courier-Mail has agreed to identify only"
                + " as Leila, was among four women brought back from the al-Roj camp.", "en");
        assertThat(s.name()).isEqualTo("Leila");
    }
}
