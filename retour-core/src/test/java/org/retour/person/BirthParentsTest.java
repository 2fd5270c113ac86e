package org.retour.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Token;
import org.retour.pipeline.Layers;
import org.retour.quote.TestPipelines;
import org.retour.speaker.SpeechCues;

/**
 * The parents a birth is told with (« né à Lyon d'un père genevois », "born in Leeds to a Swiss father") describe no
 * one the text goes on about; the same nouns after a preposition with no word of birth before them still do.
 */
class BirthParentsTest {

    private static List<String> descriptions(String text, String lang) {
        List<Token> tokens = TestPipelines.analyze(text, lang).get(Layers.TOKENS);
        return new DescriptionFinder(PersonLexicon.bundled(), SpeechCues.bundled()).find(text, tokens, lang).stream()
                .map(PersonDescription::text).toList();
    }

    @Test
    void theParentsOfABirthDescribeNoOne() {
        assertThat(descriptions("Binational, né à Chêne-Bourg d'un père genevois et d'une mère savoyarde, il a grandi"
                + " à Thônex.", "fr")).isEmpty();
        assertThat(descriptions("Née à Lyon d'une mère algérienne, elle est partie en 2014.", "fr")).isEmpty();
        assertThat(descriptions("Born in Leeds to a Swiss father and a French mother, he grew up in Annemasse.", "en"))
                .isEmpty();
    }

    @Test
    void aParentWithNoBirthBeforeStillDescribesSomeone() {
        assertThat(descriptions("Il a grandi à Thônex, chez un père genevois.", "fr")).containsExactly("un père");
        assertThat(descriptions("Né à Lyon, il vit avec un père malade.", "fr")).containsExactly("un père");
        assertThat(descriptions("He talked to a father from Leeds.", "en")).containsExactly("a father");
    }
}
