package org.retour.person;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A title before a name gives the person's role when the text gives none: "Me" is a French lawyer's. */
class TitleRoleTest {

    private final PersonLexicon lexicon = PersonLexicon.bundled();

    @Test
    void maitreBeforeAFrenchNameMakesALawyer() {
        assertThat(lexicon.titleRole("Me", "fr")).isEqualTo("avocat");
        assertThat(lexicon.titleRole("Maître", "fr")).isEqualTo("avocat");
    }

    @Test
    void plainHonorificsAndOtherLanguagesGiveNoRole() {
        assertThat(lexicon.titleRole("Mme", "fr")).isNull();
        assertThat(lexicon.titleRole("Me", "en")).isNull();
        assertThat(lexicon.titleRole("me", "fr")).isNull();
    }
}
