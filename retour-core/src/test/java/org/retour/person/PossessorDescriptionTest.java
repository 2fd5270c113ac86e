package org.retour.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Token;
import org.retour.pipeline.Layers;
import org.retour.quote.TestPipelines;
import org.retour.speaker.SpeechCues;

/**
 * A capitalised English name in the possessive determines the person noun after it as an article would ("Zoë’s
 * mother", "Doyle's youth worker"): a description of someone of that person's, whose span starts after the
 * possessive; an article before the possessor ("The Home Office’s spokesman") keeps the whole phrase.
 */
class PossessorDescriptionTest {

    private static List<PersonDescription> descriptions(String text, String lang) {
        List<Token> tokens = TestPipelines.analyze(text, lang).get(Layers.TOKENS);
        return new DescriptionFinder(PersonLexicon.bundled(), SpeechCues.bundled()).find(text, tokens, lang);
    }

    @Test
    void aNameInThePossessiveDeterminesAPersonNoun() {
        String text = "Ça va 😀 — Zoë’s mother wept.";
        List<PersonDescription> found = descriptions(text, "en");
        assertThat(found).extracting(PersonDescription::text).containsExactly("mother");
        assertThat(found.get(0).span().of(text)).isEqualTo("mother");
        assertThat(found.get(0).span().start()).isEqualTo(text.indexOf("mother"));
        assertThat(found.get(0).definite()).isTrue();
    }

    @Test
    void twoModifiersMayStandBetweenThePossessorAndTheNoun() {
        assertThat(descriptions("Doyle's probation officer spoke.", "en")).extracting(PersonDescription::text)
                .containsExactly("probation officer");
    }

    @Test
    void anArticleBeforeThePossessorOpensTheWholePhrase() {
        assertThat(descriptions("The Home Office’s spokesman declined.", "en")).extracting(PersonDescription::text)
                .containsExactly("The Home Office’s spokesman");
    }

    @Test
    void aCapitalisedWordEndingInSIsNoPossessorOutsideEnglish() {
        assertThat(descriptions("Yusufs Vater schweigt.", "de")).extracting(PersonDescription::text)
                .doesNotContain("Vater");
    }
}
