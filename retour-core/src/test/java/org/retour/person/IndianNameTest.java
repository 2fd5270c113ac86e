package org.retour.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Entity;
import org.retour.model.Span;
import org.retour.model.Token;
import org.retour.pipeline.Layers;
import org.retour.pipeline.Analysis;
import org.retour.quote.TestPipelines;

/** Names as Indian English papers write them: South Asian given names, initials after the name. */
class IndianNameTest {

    private static List<String> persons(String text) {
        Analysis a = TestPipelines.analyze(text, "en");
        return a.get(Layers.PERSONS).stream().map(Entity::canonical).toList();
    }

    @Test
    void initialsAfterAGivenNameBelongToTheName() {
        assertThat(persons("The man, identified as Mr Shameer K.P. (name changed), was deported from Kabul."))
                .containsExactly("Shameer K.P.");
    }

    @Test
    void initialsAfterAnHonorificAndAnUnknownGivenNameBelongToTheName() {
        assertThat(persons("Mr. Rafeeq K.V. (name changed) told investigators he had only cooked."))
                .containsExactly("Rafeeq K.V.");
    }

    @Test
    void initialsAfterAnUnknownWordDoNotMakeAName() {
        assertThat(persons("Officials in Washington D.C. said the agency was informed.")).isEmpty();
    }

    @Test
    void doctorBeforeAKeralaGivenNameLeavesTheSurnameForLaterMentions() {
        assertThat(persons("Dr Leela Menon studies radicalisation. \"It is natural,\" Dr Menon said."))
                .containsExactly("Leela Menon");
    }

    @Test
    void dottedInitialsAreSingleCapitalsEachWithAFullStop() {
        String text = "K.P. A. Km. U.S";
        assertThat(Tokens.dottedInitials(text, new Token(new Span(0, 4), Token.Kind.WORD))).isTrue();
        assertThat(Tokens.dottedInitials(text, new Token(new Span(5, 7), Token.Kind.WORD))).isTrue();
        assertThat(Tokens.dottedInitials(text, new Token(new Span(8, 11), Token.Kind.WORD))).isFalse();
        assertThat(Tokens.dottedInitials(text, new Token(new Span(12, 15), Token.Kind.WORD))).isFalse();
    }

    @Test
    void twoInitialsAfterAGivenNameTheLexiconLacksMakeAName() {
        assertThat(persons("\"He came back a broken man,\" Shabna K.P. told The Hindu on Wednesday."))
                .containsExactly("Shabna K.P.");
    }

    @Test
    void initialsBeforeANameAreNoSurnameOfTheWordBefore() {
        assertThat(persons("Defence counsel Advocate P.M. Jaleel said his clients had surrendered."))
                .doesNotContain("Advocate P.M.");
    }

    @Test
    void theBangladeshiAbbreviationMdOpensAFullNameWhoseGivenNameLaterStandsAlone() {
        Analysis a = TestPipelines.analyze("Md Rakibul Hasan, 31, was arrested in Mirpur on Tuesday. Rakibul had left"
                + " for Turkey in March 2015.", "en");
        List<Entity> persons = a.get(Layers.PERSONS);
        assertThat(persons).extracting(Entity::canonical).containsExactly("Md Rakibul Hasan");
        assertThat(persons.get(0).mentions()).hasSize(2);
    }
}
