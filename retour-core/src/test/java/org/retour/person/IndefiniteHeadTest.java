package org.retour.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Token;
import org.retour.pipeline.Layers;
import org.retour.quote.TestPipelines;
import org.retour.speaker.SpeechCues;

/**
 * « ancien » and « cadre » head a description of a person after an indefinite article and before a preposition or
 * punctuation (« un ancien de Raqqa », « un haut cadre du renseignement »), and nowhere else.
 */
class IndefiniteHeadTest {

    private static List<String> descriptions(String text) {
        List<Token> tokens = TestPipelines.analyze(text, "fr").get(Layers.TOKENS);
        return new DescriptionFinder(PersonLexicon.bundled(), SpeechCues.bundled()).find(text, tokens, "fr").stream()
                .map(PersonDescription::text).toList();
    }

    @Test
    void anAncienOrACadreBeforeAPrepositionIsAPerson() {
        assertThat(descriptions("Un ancien de Raqqa, rentré en 2016, se tait.")).containsExactly("Un ancien");
        assertThat(descriptions("Une ancienne de l'EI témoigne.")).containsExactly("Une ancienne");
        assertThat(descriptions("Selon un haut cadre du renseignement, rien ne change.")).containsExactly("un haut cadre");
    }

    @Test
    void anAdjectiveOrAFrameworkIsNoPerson() {
        assertThat(descriptions("Ils dorment dans un ancien hôpital, dans le cadre du plan de l'État.")).isEmpty();
        assertThat(descriptions("L'ancien de la famille est mort.")).isEmpty();
    }

    @Test
    void theWordsOfACadreAfterAnInvertedCueAreAnOfficialS() {
        var q = TestPipelines.analyze("« Chacun arrive avec son histoire », tranche un ancien cadre de la police.", "fr")
                .get(Layers.QUOTES);
        assertThat(q.get(0).attribution().speaker().description()).isEqualTo("un ancien cadre");
        assertThat(q.get(0).attribution().speaker().voice().name()).isEqualTo("OFFICIAL");
    }
}
