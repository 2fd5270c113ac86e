package org.retour.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Token;
import org.retour.pipeline.Layers;
import org.retour.quote.TestPipelines;

class PartitivesTest {

    private static List<String> found(String text, String lang) {
        List<Token> tokens = TestPipelines.analyze(text, lang).get(Layers.TOKENS);
        return Partitives.bundled().find(text, tokens, lang, k -> text.substring(tokens.get(k).span().start(),
                tokens.get(k).span().end()).startsWith("défecteur")).stream().map(PersonDescription::text).toList();
    }

    @Test
    void findsPhrasesWithEitherApostropheAndAnyCaseAtWordBoundariesOnly() {
        assertThat(found("L’un d’eux parle. l'une d'entre elles aussi. L'un d'euxième non. Nul d'eux.", "fr"))
                .containsExactly("L’un d’eux", "l'une d'entre elles");
    }

    @Test
    void aPhraseEndingInAHeadTakesTheHeadNounAfterItOnly() {
        assertThat(found("L'un des défecteurs parle 😀, l'un des juges aussi.", "fr")).containsExactly("L'un des défecteurs");
    }

    @Test
    void arabicPhrasesAndOffsetsAreUtf16() {
        String text = "قال أحدهم 😀 إن الوضع صعب";
        List<Token> tokens = TestPipelines.analyze(text, "ar").get(Layers.TOKENS);
        List<PersonDescription> d = Partitives.bundled().find(text, tokens, "ar", k -> false);
        assertThat(d).hasSize(1);
        assertThat(d.get(0).span().of(text)).isEqualTo("أحدهم");
        assertThat(d.get(0).gender()).isEqualTo(Gender.MALE);
    }
}
