package org.retour.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Token;
import org.retour.pipeline.Layers;
import org.retour.quote.TestPipelines;
import org.retour.speaker.SpeechCues;

/**
 * A partitive with no head noun that determines the noun after it (« dans un autre message », "in another letter")
 * describes no person; one that opens a clause or follows a verb before a preposition still does.
 */
class PartitiveDeterminerTest {

    private static List<String> descriptions(String text, String lang) {
        List<Token> tokens = TestPipelines.analyze(text, lang).get(Layers.TOKENS);
        return new DescriptionFinder(PersonLexicon.bundled(), SpeechCues.bundled()).find(text, tokens, lang).stream()
                .map(PersonDescription::text).toList();
    }

    @Test
    void aPartitiveBeforeANounAfterAPrepositionDescribesNoOne() {
        assertThat(descriptions("Dans un autre message, Yanis parle de la faim.", "fr")).isEmpty();
        assertThat(descriptions("Elle est partie pour une autre raison, dit-on.", "fr")).isEmpty();
        assertThat(descriptions("In another letter, Sam writes about the cold.", "en")).isEmpty();
    }

    @Test
    void aPartitiveOpeningAClauseOrBeforeAPrepositionStillDescribesSomeone() {
        assertThat(descriptions("Un autre décrit la faim.", "fr")).containsExactly("Un autre");
        assertThat(descriptions("L'un parle, et une autre écoute.", "fr")).contains("une autre");
        assertThat(descriptions("« Rien », a confié l'une d'elles aux enquêtrices.", "fr")).containsExactly("l'une d'elles");
    }
}
