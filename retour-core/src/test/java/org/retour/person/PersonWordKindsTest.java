package org.retour.person;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Conjunctions inside roles, agents of passives and shared possessives are data of person-words.txt. */
class PersonWordKindsTest {

    private final PersonLexicon lexicon = PersonLexicon.bundled();

    @Test
    void conjunctionsThatJoinOneRoleAreReadPerLanguage() {
        assertThat(lexicon.is(PersonLexicon.Kind.CONJ, "et", "fr")).isTrue();
        assertThat(lexicon.is(PersonLexicon.Kind.CONJ, "and", "en")).isTrue();
        assertThat(lexicon.is(PersonLexicon.Kind.CONJ, "und", "de")).isTrue();
        assertThat(lexicon.is(PersonLexicon.Kind.CONJ, "und", "fr")).isFalse();
    }

    @Test
    void agentsOfAPassiveAndSharedPossessivesAreListed() {
        assertThat(lexicon.is(PersonLexicon.Kind.AGENT, "par", "fr")).isTrue();
        assertThat(lexicon.is(PersonLexicon.Kind.AGENT, "durch", "de")).isTrue();
        assertThat(lexicon.is(PersonLexicon.Kind.SHARED, "their", "en")).isTrue();
        assertThat(lexicon.is(PersonLexicon.Kind.SHARED, "leurs", "fr")).isTrue();
        assertThat(lexicon.is(PersonLexicon.Kind.SHARED, "his", "en")).isFalse();
    }
}
